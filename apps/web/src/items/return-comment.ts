import type { ItemEvent } from './types';

/** The comments of the latest return for revision (退回修改), if the item was returned. */
export function latestReturn(events: ItemEvent[]): ItemEvent | undefined {
  return [...events].reverse().find((event) => event.to === 'returned');
}

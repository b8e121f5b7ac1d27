import type { ItemEventView, Wire } from '@sqmy/contract';

/** The comments of the latest return for revision (退回修改), if the item was returned. */
export function latestReturn(events: Wire<ItemEventView>[]): Wire<ItemEventView> | undefined {
  return [...events].reverse().find((event) => event.to === 'returned');
}

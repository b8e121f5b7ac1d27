import type { ItemView, Wire } from '@sqmy/contract';
import { TITLE_MAX } from '../items/editor/text-rules';

export interface MergeDraft {
  title: string;
  body: string;
  categoryCode?: string;
}

/**
 * The combined item's starting text: the originals' titles joined (cut to the title's limit),
 * their bodies one after another in the order picked; the category when they share one.
 */
export function mergeDraft(originals: Pick<Wire<ItemView>, 'title' | 'body' | 'categoryCode'>[]): MergeDraft {
  const title = [...originals.map((item) => item.title.trim()).join('；')].slice(0, TITLE_MAX).join('');
  const body = originals.map((item) => item.body.trim()).join('\n\n');
  const categories = new Set(originals.map((item) => item.categoryCode));
  const [shared] = categories;
  return { title, body, categoryCode: categories.size === 1 && shared ? shared : undefined };
}

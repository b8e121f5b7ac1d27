import { ItemSummary } from './items';

/** A page of GET /items. */
export interface ItemPage {
  items: ItemSummary[];
  total: number;
}

export interface SearchHit extends ItemSummary {
  /** HTML with <mark>…</mark> around matches, otherwise escaped. */
  snippet: string;
  rank: number;
}

/** A page of search hits; `nextCursor` asks for the next one (null: the last page). */
export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
}

/** A full, frozen copy of an item's text (GET /items/{id}/versions/{no}). */
export interface ItemVersionView {
  id: string;
  itemId: string;
  no: number;
  title: string;
  body: string;
  createdById: string;
  /** The move that stored it, e.g. `submit`, `resubmit`. */
  reason: string;
  createdAt: Date;
}

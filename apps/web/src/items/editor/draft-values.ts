import type { ItemDraftFields, ItemView, Wire } from '@sqmy/contract';

/** The editor's form: the draft fields of an item. */
export interface DraftValues {
  title: string;
  body: string;
  categoryCode: string | null;
  topicId: string | null;
  commissionId: string | null;
  /** Only when the caller may pick co-authors; otherwise never sent. */
  coAuthorIds?: string[];
}

export const EMPTY_DRAFT: DraftValues = { title: '', body: '', categoryCode: null, topicId: null, commissionId: null, coAuthorIds: [] };

const KEYS = ['title', 'body', 'categoryCode', 'topicId', 'commissionId', 'coAuthorIds'] as const;

export function valuesOf(item: Wire<ItemView>): DraftValues {
  return {
    title: item.title,
    body: item.body,
    categoryCode: item.categoryCode,
    topicId: item.topicId,
    commissionId: item.commissionId,
    coAuthorIds: item.authors.filter((author) => !author.lead).map((author) => author.id),
  };
}

/** The form's values as the API takes them: a cleared select is null, not undefined. */
export function normalise(values: Partial<DraftValues>): DraftValues {
  return {
    title: values.title ?? '',
    body: values.body ?? '',
    categoryCode: values.categoryCode ?? null,
    topicId: values.topicId ?? null,
    commissionId: values.commissionId ?? null,
    ...(values.coAuthorIds ? { coAuthorIds: values.coAuthorIds } : {}),
  };
}

/** The fields of `values` that differ from `saved` (fields absent from `values` are left alone). */
export function changesBetween(values: DraftValues, saved: DraftValues): ItemDraftFields {
  const changes: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = values[key];
    if (value !== undefined && JSON.stringify(value) !== JSON.stringify(saved[key])) changes[key] = value;
  }
  return changes as ItemDraftFields;
}

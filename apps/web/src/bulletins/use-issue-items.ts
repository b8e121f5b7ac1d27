import type { IssueEntry, IssueItemView, IssueView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { bulletinsApi } from './bulletins-api';

const entriesOf = (items: IssueItemView[]): IssueEntry[] => items.map(({ itemId, editorNote }) => ({ itemId, editorNote }));

/**
 * Changes of a draft's list, each sent as the whole ordered list. A reorder shows at once and is
 * put back if the API refuses it. Adding and notes throw, for their dialogs to show the error.
 */
export function useIssueItems(issue: Wire<IssueView>, onChanged: (issue: Wire<IssueView>) => void) {
  const showError = useApiErrorHandler();

  const send = async (entries: IssueEntry[]) => onChanged(await bulletinsApi.setItems(issue.id, entries));

  const reorder = async (items: IssueItemView[]) => {
    onChanged({ ...issue, items });
    try {
      await send(entriesOf(items));
    } catch (error) {
      onChanged(issue);
      showError(error);
    }
  };

  const remove = (item: IssueItemView) => send(entriesOf(issue.items.filter((one) => one.itemId !== item.itemId))).catch(showError);

  const setNote = (item: IssueItemView, editorNote: string | null) =>
    send(entriesOf(issue.items.map((one) => (one.itemId === item.itemId ? { ...one, editorNote } : one))));

  /** Appends the chosen items at the end; the API answers with their text and bylines. */
  const add = (itemIds: string[]) => send([...entriesOf(issue.items), ...itemIds.map((itemId) => ({ itemId }))]);

  return { reorder, remove, setNote, add };
}

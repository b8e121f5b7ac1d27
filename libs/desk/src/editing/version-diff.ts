import { DiffPart, TextDiff } from '@sqmy/contract';
import { diffChars } from 'diff';

/** Characters, not code units: a rare CJK character outside the BMP counts once. */
const length = (text: string) => [...text].length;

/** By character: Chinese has no spaces to split words at, and the author must see every changed character. */
export function diffText(from: string, to: string): DiffPart[] {
  return diffChars(from, to).map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
}

/** What changed between two versions of an item, title and body, with the count of inserted and deleted characters. */
export function diffVersions(from: { title: string; body: string }, to: { title: string; body: string }): TextDiff {
  const title = diffText(from.title, to.title);
  const body = diffText(from.body, to.body);
  const count = (op: DiffPart['op']) => [...title, ...body].filter((p) => p.op === op).reduce((sum, p) => sum + length(p.text), 0);
  return { title, body, stats: { inserted: count('insert'), deleted: count('delete') } };
}

/** Regular issues and supplements (增刊) are numbered apart. Persisted: never rename a value. */
export enum IssueKind {
  Regular = 'regular',
  Supplement = 'supplement',
}

/** draft → signed (签发: numbered, dated, text frozen) → published (印发: items published). */
export enum IssueStatus {
  Draft = 'draft',
  Signed = 'signed',
  Published = 'published',
}

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  [IssueStatus.Draft]: '草稿',
  [IssueStatus.Signed]: '已签发',
  [IssueStatus.Published]: '已印发',
};

/** What a new series prints at the head of its issues (its marking, 密级标注) unless set otherwise. */
export const DEFAULT_MARKING = '内部资料 注意保存';

/** Where the issue's .docx stands. */
export enum DocumentStatus {
  None = 'none',
  Pending = 'pending',
  Ready = 'ready',
  Failed = 'failed',
}

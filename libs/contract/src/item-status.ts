/** Where an item (信息稿件) is in its life; see DESIGN.md "The item and its life". */
export enum ItemStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Screening = 'screening',
  Returned = 'returned',
  Editing = 'editing',
  InReview = 'in_review',
  Approved = 'approved',
  Published = 'published',
  Rejected = 'rejected',
  Merged = 'merged',
  /** 台账归档: history imported from an office's ledger that never went through a local issue; no moves. */
  Archived = 'archived',
}

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  [ItemStatus.Draft]: '草稿',
  [ItemStatus.Submitted]: '已报送',
  [ItemStatus.Screening]: '阅选中',
  [ItemStatus.Returned]: '退回修改',
  [ItemStatus.Editing]: '编辑中',
  [ItemStatus.InReview]: '待审核',
  [ItemStatus.Approved]: '已审核',
  [ItemStatus.Published]: '已刊发',
  [ItemStatus.Rejected]: '不予采用',
  [ItemStatus.Merged]: '已综合',
  [ItemStatus.Archived]: '台账归档',
};

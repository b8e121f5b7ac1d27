import type { DocumentStatus, IssueKind, IssueStatus } from '@sqmy/contract';

/**
 * The web's own words for the bulletins part's code values. `published` reads 已刊发 here where the
 * server's ISSUE_STATUS_LABELS say 已印发 (the browser tests pin the screen's word).
 */
export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  draft: '草稿',
  signed: '已签发',
  published: '已刊发',
};

export const ISSUE_STATUS_COLORS: Record<IssueStatus, string> = {
  draft: 'default',
  signed: 'processing',
  published: 'success',
};

export const ISSUE_KIND_LABELS: Record<IssueKind, string> = {
  regular: '正刊',
  supplement: '增刊',
};

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  none: '未生成',
  pending: '生成中',
  ready: '已生成',
  failed: '生成失败',
};

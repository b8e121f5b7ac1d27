import type { DeskFilters, DeskItem, DeskSettingsView, DeskSummary, ItemView, MergeRequest, MoveBody, Page, RejectReasonView, Wire } from '@sqmy/contract';
import { api } from '../api/client';

const move = (id: string, action: string, body: object) => api.post<Wire<ItemView>>(`/items/${id}/${action}`, body);

/** The editorial desk: lists, the moves of the state machine, merge and settings. */
export const deskApi = {
  summary: () => api.get<DeskSummary>('/desk/summary'),
  items: (filters: DeskFilters, page: number, pageSize: number) =>
    api.get<Page<Wire<DeskItem>>>('/desk/items', { ...filters, page, pageSize }),
  rejectReasons: () => api.get<RejectReasonView[]>('/reject-reasons'),
  settings: () => api.get<DeskSettingsView>('/desk/settings'),
  saveSettings: (settings: DeskSettingsView) => api.put<DeskSettingsView>('/desk/settings', settings),

  /** 领取 (no assignee) or 分派 (an editor) an item waiting for screening. */
  screen: (id: string, body: MoveBody & { assigneeId?: string }) => move(id, 'screen', body),
  assign: (id: string, body: MoveBody & { assigneeId: string }) => move(id, 'assign', body),
  accept: (id: string, body: MoveBody) => move(id, 'accept', body),
  return: (id: string, body: MoveBody & { comment: string }) => move(id, 'return', body),
  reject: (id: string, body: MoveBody & { reasonCode: string }) => move(id, 'reject', body),
  propose: (id: string, body: MoveBody) => move(id, 'propose', body),
  approve: (id: string, body: MoveBody) => move(id, 'approve', body),
  sendBack: (id: string, body: MoveBody & { comment: string }) => move(id, 'send-back', body),
  /** 编辑保存: a new version of the text; a stale `version` → 409 STALE_VERSION naming who changed it. */
  saveText: (id: string, body: { title: string; body: string; version: number; comment?: string }) =>
    api.put<Wire<ItemView>>(`/items/${id}/text`, body),
  merge: (request: MergeRequest) => api.post<Wire<ItemView>>('/items/merge', request),
};

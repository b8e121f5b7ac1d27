import type { AdoptionView, BulkReportResult, InstructionChanges, InstructionFilters, InstructionView, ItemOutcomes, LedgerImportView, NewAdoption, NewInstruction, NewReport, OutletFields, OutletView, Page, ReportView, Summary, UnitFigures, Wire } from '@sqmy/contract';
import { api } from '../api/client';

/** Outlets (报送渠道), deployment-wide; admins maintain them. */
export const outletsApi = {
  list: (includeInactive = false) => api.get<OutletView[]>('/outlets', { includeInactive: includeInactive || undefined }),
  create: (fields: OutletFields) => api.post<OutletView>('/outlets', fields),
  update: (id: string, changes: Partial<OutletFields> & { active?: boolean }) => api.patch<OutletView>(`/outlets/${id}`, changes),
};

/** An item's reports (报送), adoptions (采用) and 批示, one by one or for several items at once. */
export const outcomesApi = {
  ofItem: (itemId: string) => api.get<Wire<ItemOutcomes>>(`/items/${itemId}/outcomes`),

  report: (itemId: string, report: NewReport) => api.post<Wire<ReportView>>(`/items/${itemId}/reports`, report),
  reportIssue: (issueId: string, report: NewReport) => api.post<Wire<BulkReportResult>>('/reports/bulk', { ...report, issueId }),
  deleteReport: (id: string) => api.delete(`/reports/${id}`),

  adopt: (itemId: string, adoption: NewAdoption) => api.post<Wire<AdoptionView>>(`/items/${itemId}/adoptions`, adoption),
  adoptMany: (itemIds: string[], adoption: NewAdoption) => api.post<Wire<AdoptionView>[]>('/adoptions/bulk', { ...adoption, itemIds }),
  attachEvidence: (id: string, file: File) => api.upload<Wire<AdoptionView>>(`/adoptions/${id}/evidence`, file, { method: 'PUT' }),
  evidence: (id: string) => api.blob(`/adoptions/${id}/evidence`),
  deleteAdoption: (id: string) => api.delete(`/adoptions/${id}`),
};

/** The 批示 register (领导批示登记). */
export const instructionsApi = {
  list: (filters: InstructionFilters, page: number, pageSize: number) =>
    api.get<Page<Wire<InstructionView>>>('/instructions', { ...filters, page, pageSize }),
  export: (filters: InstructionFilters) => api.blob('/instructions/export', { ...filters }),
  register: (itemId: string, instruction: NewInstruction) => api.post<Wire<InstructionView>>(`/items/${itemId}/instructions`, instruction),
  update: (id: string, version: number, changes: InstructionChanges) => api.patch<Wire<InstructionView>>(`/instructions/${id}`, { ...changes, version }),
  remove: (id: string) => api.delete(`/instructions/${id}`),
};

/** 台账 imports (a job with progress) and the ledger export. */
export const ledgerApi = {
  import: (orgId: string, file: File) => api.upload<Wire<LedgerImportView>>('/imports/ledger', file, { fields: { orgId } }),
  get: (id: string) => api.get<Wire<LedgerImportView>>(`/imports/${id}`),
  list: (orgId: string) => api.get<Wire<LedgerImportView>[]>('/imports', { orgId }),
  export: (orgId: string, year?: number) => api.blob('/exports/ledger', { orgId, year }),
};

/** The annual figures (年度统计). */
export const statsApi = {
  summary: (orgId: string, year: number) => api.get<Summary>('/stats/summary', { orgId, year }),
  units: (orgId: string, year: number) => api.get<UnitFigures[]>('/stats/units', { orgId, year }),
  export: (orgId: string, year: number) => api.blob('/stats/export', { orgId, year }),
};

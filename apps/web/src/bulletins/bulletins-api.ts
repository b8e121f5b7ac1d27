import type { Candidate, DocumentAnswer, IssueChanges, IssueEntry, IssueKind, IssueLayout, IssueSummary, IssueView, NewIssue, SeriesFields, SeriesView, Wire } from '@sqmy/contract';
import { api } from '../api/client';

/** Series (刊物) and their issues (期): drafts, sign, publish, the layout and the .docx. */
export const bulletinsApi = {
  seriesList: () => api.get<Wire<SeriesView>[]>('/bulletin-series'),
  createSeries: (fields: SeriesFields) => api.post<Wire<SeriesView>>('/bulletin-series', fields),
  updateSeries: (id: string, fields: Partial<SeriesFields>) => api.patch<Wire<SeriesView>>(`/bulletin-series/${id}`, fields),
  deleteSeries: (id: string) => api.delete(`/bulletin-series/${id}`),

  issues: (seriesId: string, year: number, kind?: IssueKind) =>
    api.get<Wire<IssueSummary>[]>(`/bulletin-series/${seriesId}/issues`, { year, kind }),
  createIssue: (seriesId: string, issue: NewIssue) => api.post<Wire<IssueView>>(`/bulletin-series/${seriesId}/issues`, issue),
  issue: (id: string) => api.get<Wire<IssueView>>(`/bulletin-issues/${id}`),
  updateIssue: (id: string, changes: IssueChanges) => api.patch<Wire<IssueView>>(`/bulletin-issues/${id}`, changes),
  /** The whole ordered list: adds, removes and reorders in one call. */
  setItems: (id: string, items: IssueEntry[]) => api.put<Wire<IssueView>>(`/bulletin-issues/${id}/items`, { items }),
  deleteIssue: (id: string) => api.delete(`/bulletin-issues/${id}`),
  sign: (id: string, date?: string) => api.post<Wire<IssueView>>(`/bulletin-issues/${id}/sign`, date ? { date } : {}),
  publish: (id: string) => api.post<Wire<IssueView>>(`/bulletin-issues/${id}/publish`, {}),
  render: (id: string) => api.post<Wire<DocumentAnswer>>(`/bulletin-issues/${id}/render`, {}),
  candidates: () => api.get<Wire<Candidate>[]>('/bulletin-candidates'),
  layout: (id: string) => api.get<IssueLayout>(`/bulletin-issues/${id}/layout`),
  document: (id: string) => api.blob(`/bulletin-issues/${id}/document`),
};

import { api } from '../api/client';
import type { Organisation, OrganisationKind, RosterResult } from '../api/types';

export const organisationsApi = {
  list: () => api.get<Organisation[]>('/organisations'),
  create: (body: { name: string; kind: OrganisationKind; parentId: string }) => api.post<Organisation>('/organisations', body),
  rename: (id: string, name: string) => api.patch<Organisation>(`/organisations/${id}`, { name }),
  importRoster: (id: string, file: File) => api.upload<RosterResult>(`/organisations/${id}/roster`, file),
};

import type { OrganisationKind, OrganisationView, RosterResult, Wire } from '@sqmy/contract';
import { api } from '../api/client';

export const organisationsApi = {
  list: () => api.get<Wire<OrganisationView>[]>('/organisations'),
  create: (body: { name: string; kind: OrganisationKind; parentId: string }) => api.post<Wire<OrganisationView>>('/organisations', body),
  rename: (id: string, name: string) => api.patch<Wire<OrganisationView>>(`/organisations/${id}`, { name }),
  importRoster: (id: string, file: File) => api.upload<RosterResult>(`/organisations/${id}/roster`, file),
};

import { OrganisationView, Role, UserView, Wire } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import { organisationsApi } from '../organisations/organisations-api';
import { usersApi } from '../users/users-api';

export interface Assignees {
  informants: Wire<UserView>[];
  units: Wire<OrganisationView>[];
  nameOf(userId: string | null, unitId: string): string;
}

/** Whom an editor can commission: the committee's informants and reporting units. */
export function useAssignees(enabled: boolean): Assignees {
  const informants = useLoad(async () => (enabled ? (await usersApi.list({ role: Role.Informant }, 1, 100)).items : []), [enabled]);
  const units = useLoad(async () => (enabled ? (await organisationsApi.list()).filter((org) => org.kind === 'unit') : []), [enabled]);
  const informantList = informants.data ?? [];
  const unitList = units.data ?? [];
  return {
    informants: informantList,
    units: unitList,
    nameOf: (userId, unitId) => {
      const unit = unitList.find((org) => org.id === unitId)?.name ?? '报送单位';
      if (!userId) return unit;
      const user = informantList.find((candidate) => candidate.id === userId);
      return user ? `${user.name}（${user.organisation.name}）` : `信息员（${unit}）`;
    },
  };
}

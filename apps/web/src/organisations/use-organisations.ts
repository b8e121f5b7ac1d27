import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OrganisationView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../api/use-api-error';
import { organisationsApi } from './organisations-api';
import { buildOrganisationTree } from './tree';
import type { OrganisationNode } from './tree';

export interface OrganisationsState {
  organisations: Wire<OrganisationView>[];
  tree: OrganisationNode[];
  loading: boolean;
  reload(): Promise<void>;
}

/** The organisations the caller may see, flat and as a tree. */
export function useOrganisations(): OrganisationsState {
  const [organisations, setOrganisations] = useState<Wire<OrganisationView>[]>([]);
  const [loading, setLoading] = useState(true);
  const showError = useApiErrorHandler();

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setOrganisations(await organisationsApi.list());
    } catch (error) {
      showError(error);
    } finally {
      setLoading(false);
    }
  }, [showError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const tree = useMemo(() => buildOrganisationTree(organisations), [organisations]);
  return { organisations, tree, loading, reload };
}

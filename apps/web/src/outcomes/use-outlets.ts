import { useLoad } from '../api/use-load';
import type { LoadState } from '../api/use-load';
import { outletsApi } from './outcomes-api';
import type { Outlet } from './types';

/** The active outlets, by level and position (GET /outlets). */
export function useOutlets(): LoadState<Outlet[]> {
  return useLoad(() => outletsApi.list(), []);
}

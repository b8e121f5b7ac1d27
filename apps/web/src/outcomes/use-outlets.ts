import type { OutletView } from '@sqmy/contract';
import { useLoad } from '../api/use-load';
import type { LoadState } from '../api/use-load';
import { outletsApi } from './outcomes-api';

/** The active outlets, by level and position (GET /outlets). */
export function useOutlets(): LoadState<OutletView[]> {
  return useLoad(() => outletsApi.list(), []);
}

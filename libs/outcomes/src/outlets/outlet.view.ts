import { AdoptionLevel } from '@sqmy/contract';
import { Outlet } from './outlet.entity';

export interface OutletView {
  id: string;
  name: string;
  level: AdoptionLevel;
  position: number;
  active: boolean;
}

export const toOutletView = ({ id, name, level, position, active }: Outlet): OutletView => ({ id, name, level, position, active });

import { OutletView } from '@sqmy/contract';
import { Outlet } from './outlet.entity';

export const toOutletView = ({ id, name, level, position, active }: Outlet): OutletView => ({ id, name, level, position, active });

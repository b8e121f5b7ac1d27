export { ENTITIES } from './entities';
export { MIGRATIONS } from './migrations';

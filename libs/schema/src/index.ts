export { ENTITIES } from './entities';
export { MIGRATIONS } from './migrations';
export { DatabaseModule } from './database.module';

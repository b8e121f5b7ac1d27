export { SnakeNamingStrategy } from './snake-naming.strategy';
export { isUniqueViolation, isRetryableConflict } from './postgres-errors';
export { isDatabaseUnreachable } from './unreachable';
export { dataSourceOptions } from './data-source-options';
export { preparedStatement, PreparedStatement, queryPrepared } from './prepared-statement';
export { DatabaseModule } from './database.module';

export { SnakeNamingStrategy } from './snake-naming.strategy';
export { isUniqueViolation, isRetryableConflict } from './postgres-errors';
export { isDatabaseUnreachable } from './unreachable';
export { dataSourceOptions } from './data-source-options';
export { preparedStatement, PreparedStatement, queryPrepared, queryPreparedSql } from './prepared-statement';
export { joinSql, rawSql, Sql, sql } from './sql';
export { DatabaseModule } from './database.module';

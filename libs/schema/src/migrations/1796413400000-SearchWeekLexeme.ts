import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SearchTable migration's trigger function, with each week's lexeme written by `lexeme`: an item's new
 * submission time replaces the old week's lexeme in its vector by the new one.
 */
const followFunction = (lexeme: (timestamp: string) => string) => `
  CREATE OR REPLACE FUNCTION item_search_follow() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE item_search
       SET committee_id = NEW.committee_id, unit_id = NEW.unit_id, status = NEW.status, category_code = NEW.category_code,
           topic_id = NEW.topic_id, submitted_at = coalesce(NEW.submitted_at, submitted_at),
           vector = CASE WHEN NEW.submitted_at IS DISTINCT FROM OLD.submitted_at AND NEW.submitted_at IS NOT NULL
                         THEN ts_delete(vector, ${lexeme('submitted_at')}) || array_to_tsvector(ARRAY[${lexeme('NEW.submitted_at')}])
                         ELSE vector END
     WHERE item_id = NEW.id;
    RETURN NULL;
  END $$`;

/**
 * The lexeme of an item's submission week ('~w' and the week's Monday, UTC: ~w20240304) is one SQL function,
 * search_week_lexeme, used by the trigger that follows an item's submission time into item_search and by
 * the intake job that writes the vector. Hand-written: TypeORM does not track functions.
 */
export class SearchWeekLexeme1796413400000 implements MigrationInterface {
  name = 'SearchWeekLexeme1796413400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_week_lexeme(at timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT '~w' || to_char(date_trunc('week', at AT TIME ZONE 'UTC'), 'YYYYMMDD') $$`);
    await queryRunner.query(followFunction((timestamp) => `search_week_lexeme(${timestamp})`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(followFunction((timestamp) => `'~w' || to_char(date_trunc('week', ${timestamp} AT TIME ZONE 'UTC'), 'YYYYMMDD')`));
    await queryRunner.query(`DROP FUNCTION search_week_lexeme(timestamptz)`);
  }
}

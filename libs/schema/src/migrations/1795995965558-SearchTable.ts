import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search moves to a narrow table, item_search: the vector and the columns search filters and orders by,
 * one row per submitted item, so that matching and ranking no longer read the wide item rows. The vector
 * is stored out of line (toast_tuple_target = 128): the table's own pages hold only the short columns.
 * Every vector also holds its submission week's lexeme ('~w' and the week's Monday, UTC): search finds the newest
 * matches of a common word by matching it together with recent weeks.
 * Hand-written parts: the storage parameter, the GIN index, the copy of existing vectors, and the trigger
 * that copies an item's later changes of status, unit, category, topic and submission time (with its week's lexeme) to its row.
 */
export class SearchTable1795995965558 implements MigrationInterface {
  name = 'SearchTable1795995965558';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "item_search" ("item_id" uuid NOT NULL, "committee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" text NOT NULL, "category_code" text, "topic_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "vector" tsvector NOT NULL, CONSTRAINT "PK_d41cdd61c74f91954e1a78f251c" PRIMARY KEY ("item_id")) WITH (toast_tuple_target = 128)`,
    );
    await queryRunner.query(
      `ALTER TABLE "item_search" ADD CONSTRAINT "FK_d41cdd61c74f91954e1a78f251c" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "item_search" (item_id, committee_id, unit_id, status, category_code, topic_id, submitted_at, vector)
       SELECT id, committee_id, unit_id, status, category_code, topic_id, coalesce(submitted_at, created_at),
              search_vector || array_to_tsvector(ARRAY['~w' || to_char(date_trunc('week', coalesce(submitted_at, created_at) AT TIME ZONE 'UTC'), 'YYYYMMDD')])
         FROM "item" WHERE search_vector IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "item_search_recent_idx" ON "item_search"  ("submitted_at", "item_id") `);
    await queryRunner.query(`CREATE INDEX "item_search_vector_idx" ON "item_search" USING GIN ("vector")`);
    await queryRunner.query(`DROP INDEX "public"."item_search_idx"`);
    await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "search_vector"`);
    await queryRunner.query(`
      CREATE FUNCTION item_search_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE item_search
           SET committee_id = NEW.committee_id, unit_id = NEW.unit_id, status = NEW.status, category_code = NEW.category_code,
               topic_id = NEW.topic_id, submitted_at = coalesce(NEW.submitted_at, submitted_at),
               vector = CASE WHEN NEW.submitted_at IS DISTINCT FROM OLD.submitted_at AND NEW.submitted_at IS NOT NULL
                             THEN ts_delete(vector, '~w' || to_char(date_trunc('week', submitted_at AT TIME ZONE 'UTC'), 'YYYYMMDD'))
                                  || array_to_tsvector(ARRAY['~w' || to_char(date_trunc('week', NEW.submitted_at AT TIME ZONE 'UTC'), 'YYYYMMDD')])
                             ELSE vector END
         WHERE item_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER item_search_follow AFTER UPDATE OF committee_id, unit_id, status, category_code, topic_id, submitted_at ON item
        FOR EACH ROW
        WHEN (OLD.committee_id IS DISTINCT FROM NEW.committee_id OR OLD.unit_id IS DISTINCT FROM NEW.unit_id
              OR OLD.status IS DISTINCT FROM NEW.status OR OLD.category_code IS DISTINCT FROM NEW.category_code
              OR OLD.topic_id IS DISTINCT FROM NEW.topic_id OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at)
        EXECUTE FUNCTION item_search_follow()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER item_search_follow ON item`);
    await queryRunner.query(`DROP FUNCTION item_search_follow()`);
    await queryRunner.query(`ALTER TABLE "item" ADD "search_vector" tsvector`);
    await queryRunner.query(`UPDATE "item" i SET search_vector = ts_filter(s.vector, '{a,b,c,d}') FROM "item_search" s WHERE s.item_id = i.id`);
    await queryRunner.query(`CREATE INDEX "item_search_idx" ON "item" USING gin ("search_vector") `);
    await queryRunner.query(`DROP TABLE "item_search"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rankings read score_tally by (grain, subject type, period) and a subtree (scope_path LIKE
 * 'prefix%'). Under a non-C collation only text_pattern_ops turns the prefix into an index range;
 * the included columns let the ranking read the index alone.
 */
export class RankingIndexes1796250000000 implements MigrationInterface {
  name = 'RankingIndexes1796250000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "score_tally_scope_idx" ON "score_tally" ("grain", "subject_type", "scope_path" text_pattern_ops, "period")
       INCLUDE ("subject_id", "points", "submitted", "adopted_city", "adopted_province", "adopted_national", "adopted_up", "adopted_any")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."score_tally_scope_idx"`);
  }
}

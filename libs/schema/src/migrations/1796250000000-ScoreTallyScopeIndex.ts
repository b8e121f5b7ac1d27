import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Rankings read the tallies of a subtree: `scope_path LIKE '/…/'  || '%'`. The database collation
 * (C.UTF-8) is not "C", so only a text_pattern_ops index turns that prefix into an index range;
 * score_tally_rank_idx (grain, period, subject_type, scope_path) could not, and a province's
 * informants for a year read every informant's tally of both years from the heap and filtered
 * them (scoring benchmark, 200,000 items: 180–400 ms; with this index 10–15 ms).
 */
export class ScoreTallyScopeIndex1796250000000 implements MigrationInterface {
    name = 'ScoreTallyScopeIndex1796250000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "score_tally_scope_idx" ON "score_tally" ("grain", "subject_type", "scope_path" text_pattern_ops, "period")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."score_tally_scope_idx"`);
    }

}

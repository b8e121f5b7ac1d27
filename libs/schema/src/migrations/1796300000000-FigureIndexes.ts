import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The annual figures of a subtree (/stats/summary, the dashboard): the issues its committees published in
 * a year, and its units' org_year_tally rows of the year by `org_path LIKE 'prefix%'` (text_pattern_ops:
 * the C.UTF-8 collation is not "C"). Scoring benchmark, 1,000,000 items: the summary statement of a
 * province or city p50 26 → 16 ms with the first; read in one pass with the path bound, 9.6 → 0.7 ms with both.
 */
export class FigureIndexes1796300000000 implements MigrationInterface {
    name = 'FigureIndexes1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "bulletin_issue_committee_year_idx" ON "bulletin_issue"  ("committee_id", "year") WHERE status = 'published'`);
        await queryRunner.query(`CREATE INDEX "org_year_tally_path_idx" ON "org_year_tally" ("year", "org_path" text_pattern_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."org_year_tally_path_idx"`);
        await queryRunner.query(`DROP INDEX "public"."bulletin_issue_committee_year_idx"`);
    }

}

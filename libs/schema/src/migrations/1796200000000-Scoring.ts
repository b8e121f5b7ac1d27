import { MigrationInterface, QueryRunner } from "typeorm";

export class Scoring1796200000000 implements MigrationInterface {
    name = 'Scoring1796200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "scoring_rule_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "name" text NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "points" jsonb NOT NULL, "instruction_points" jsonb NOT NULL, "member_bonus" numeric(8,2) NOT NULL DEFAULT '0', "commission_bonus" numeric(8,2) NOT NULL DEFAULT '0', "plagiarism_penalty" numeric(8,2) NOT NULL DEFAULT '0', "split" text NOT NULL DEFAULT 'equal', "lead_share" numeric(4,3) NOT NULL DEFAULT 0.6, "unit_credit" numeric(4,3) NOT NULL DEFAULT '1', "merged_author_share" numeric(4,3) NOT NULL DEFAULT '1', "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "scoring_rule_set_shares_check" CHECK (lead_share BETWEEN 0 AND 1 AND unit_credit BETWEEN 0 AND 1 AND merged_author_share BETWEEN 0 AND 1), CONSTRAINT "scoring_rule_set_period_check" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "PK_f87663b685e5623634f1692aa62" PRIMARY KEY ("id"))`);
        // One committee's rule sets never overlap in time.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`ALTER TABLE "scoring_rule_set" ADD CONSTRAINT "scoring_rule_set_no_overlap" EXCLUDE USING gist ("committee_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&)`);
        await queryRunner.query(`CREATE INDEX "scoring_rule_set_committee_idx" ON "scoring_rule_set"  ("committee_id", "valid_from") `);
        await queryRunner.query(`CREATE TABLE "score_penalty" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "reason" text NOT NULL, "found_on" date NOT NULL, "note" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f8613328dafaa64b63651f05e03" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "score_penalty_item_idx" ON "score_penalty"  ("item_id") `);
        await queryRunner.query(`CREATE TABLE "score_line" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "source" text NOT NULL, "source_ref" text NOT NULL, "kind" text NOT NULL, "level" text, "occurred_on" date NOT NULL, "points" numeric(12,3) NOT NULL, "rule_set_id" uuid, CONSTRAINT "PK_ce5a060c6f09e24364664337746" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "score_line_subject_idx" ON "score_line"  ("subject_type", "subject_id", "occurred_on") `);
        await queryRunner.query(`CREATE INDEX "score_line_item_idx" ON "score_line"  ("item_id") `);
        await queryRunner.query(`CREATE TABLE "item_score_fact" ("item_id" uuid NOT NULL, "committee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "author_ids" uuid array NOT NULL, "submitted_on" date, "adopted_city" boolean NOT NULL DEFAULT false, "adopted_province" boolean NOT NULL DEFAULT false, "adopted_national" boolean NOT NULL DEFAULT false, "figures" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_f1a02d785c04e25fa27413fe7aa" PRIMARY KEY ("item_id"))`);
        await queryRunner.query(`CREATE TABLE "score_tally" ("subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "grain" text NOT NULL, "period" date NOT NULL, "scope_path" text NOT NULL, "points" numeric(14,3) NOT NULL DEFAULT '0', "submitted" integer NOT NULL DEFAULT '0', "adopted_city" integer NOT NULL DEFAULT '0', "adopted_province" integer NOT NULL DEFAULT '0', "adopted_national" integer NOT NULL DEFAULT '0', "adopted_up" integer NOT NULL DEFAULT '0', "adopted_any" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_9bc1906d442183401501fa4b2e4" PRIMARY KEY ("subject_type", "subject_id", "grain", "period"))`);
        await queryRunner.query(`CREATE INDEX "score_tally_rank_idx" ON "score_tally"  ("grain", "period", "subject_type", "scope_path") `);
        await queryRunner.query(`CREATE TABLE "org_year_tally" ("org_id" uuid NOT NULL, "year" integer NOT NULL, "org_path" text NOT NULL, "collected" integer NOT NULL DEFAULT '0', "locally_published" integer NOT NULL DEFAULT '0', "reported_province" integer NOT NULL DEFAULT '0', "reported_national" integer NOT NULL DEFAULT '0', "reported_up" integer NOT NULL DEFAULT '0', "adopted_province" integer NOT NULL DEFAULT '0', "adopted_national" integer NOT NULL DEFAULT '0', "adopted_up" integer NOT NULL DEFAULT '0', "adoption_occurrences" integer NOT NULL DEFAULT '0', "endorsements_city" integer NOT NULL DEFAULT '0', "endorsements_province" integer NOT NULL DEFAULT '0', "endorsements_national" integer NOT NULL DEFAULT '0', "endorsements_department" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d3eb7812f5e04af4232df6e82e1" PRIMARY KEY ("org_id", "year"))`);
        await queryRunner.query(`CREATE TABLE "quota" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "grain" text NOT NULL, "year" integer NOT NULL, "target" integer NOT NULL, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "quota_subject_key" UNIQUE ("subject_type", "subject_id", "grain", "year"), CONSTRAINT "quota_target_check" CHECK (target > 0), CONSTRAINT "PK_d2dc1d8a7a0bd55d48f2ed5fe09" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "quota_committee_idx" ON "quota"  ("committee_id", "year") `);
        await queryRunner.query(`CREATE TABLE "stats_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "grain" text NOT NULL, "period_start" date NOT NULL, "status" text NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT '0', "docx_key" text, "xlsx_key" text, "error" text, "requested_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "stats_report_period_key" UNIQUE ("committee_id", "grain", "period_start"), CONSTRAINT "PK_61ff924484abebcf40088fcda17" PRIMARY KEY ("id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "stats_report"`);
        await queryRunner.query(`DROP INDEX "public"."quota_committee_idx"`);
        await queryRunner.query(`DROP TABLE "quota"`);
        await queryRunner.query(`DROP TABLE "org_year_tally"`);
        await queryRunner.query(`DROP INDEX "public"."score_tally_rank_idx"`);
        await queryRunner.query(`DROP TABLE "score_tally"`);
        await queryRunner.query(`DROP TABLE "item_score_fact"`);
        await queryRunner.query(`DROP INDEX "public"."score_line_item_idx"`);
        await queryRunner.query(`DROP INDEX "public"."score_line_subject_idx"`);
        await queryRunner.query(`DROP TABLE "score_line"`);
        await queryRunner.query(`DROP INDEX "public"."score_penalty_item_idx"`);
        await queryRunner.query(`DROP TABLE "score_penalty"`);
        await queryRunner.query(`DROP INDEX "public"."scoring_rule_set_committee_idx"`);
        await queryRunner.query(`DROP TABLE "scoring_rule_set"`);
    }

}

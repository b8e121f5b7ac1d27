import { MigrationInterface, QueryRunner } from "typeorm";

export class Desk1795800000000 implements MigrationInterface {
    name = 'Desk1795800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reject_reason" ("code" text NOT NULL, "label" text NOT NULL, "position" integer NOT NULL, "comment_required" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_7fd05f3b6eab96162f10a4ac9fd" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "desk_settings" ("committee_id" uuid NOT NULL, "screening_reminder_days" integer NOT NULL DEFAULT '3', "return_reminder_days" integer NOT NULL DEFAULT '7', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_217ff020e406228023a1d665db2" PRIMARY KEY ("committee_id"))`);
        await queryRunner.query(`CREATE TABLE "item_reminder" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "kind" text NOT NULL, "waiting_since" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "item_reminder_once_key" UNIQUE ("item_id", "kind", "waiting_since"), CONSTRAINT "PK_33a56bd61ce6276d710971a9dbe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "item" ADD "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`ALTER TABLE "item" ADD "assignee_id" uuid`);
        await queryRunner.query(`ALTER TABLE "item" ADD "reject_reason_code" text`);
        await queryRunner.query(`ALTER TABLE "item" ADD "merged_into_id" uuid`);
        await queryRunner.query(`ALTER TABLE "item" ADD "updated_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "item_event" ADD "reason_code" text`);
        await queryRunner.query(`CREATE INDEX "item_merged_into_idx" ON "item"  ("merged_into_id") WHERE merged_into_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "item_assignee_idx" ON "item"  ("assignee_id") WHERE assignee_id IS NOT NULL`);
        // Items already there entered their status with their last audit event (or were created in it).
        await queryRunner.query(`UPDATE "item" SET "status_changed_at" = coalesce((SELECT max(e."created_at") FROM "item_event" e WHERE e."item_id" = "item"."id"), "item"."created_at")`);
        // The reject reasons are data, like the categories: offices may add or retire their own later.
        await queryRunner.query(`INSERT INTO "reject_reason" ("code", "label", "position", "comment_required") VALUES
            ('petition', '信访', 1, false), ('litigation', '涉诉', 2, false), ('personnel', '人事', 3, false), ('secret', '涉密', 4, false),
            ('privacy', '隐私', 5, false), ('out_of_remit', '超出职能', 6, false), ('copied', '抄袭或已公开', 7, false),
            ('work_report', '工作总结式', 8, false), ('other', '其他', 9, true)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."item_assignee_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_merged_into_idx"`);
        await queryRunner.query(`ALTER TABLE "item_event" DROP COLUMN "reason_code"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "updated_by_id"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "merged_into_id"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "reject_reason_code"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "assignee_id"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "status_changed_at"`);
        await queryRunner.query(`DROP TABLE "item_reminder"`);
        await queryRunner.query(`DROP TABLE "desk_settings"`);
        await queryRunner.query(`DROP TABLE "reject_reason"`);
    }

}

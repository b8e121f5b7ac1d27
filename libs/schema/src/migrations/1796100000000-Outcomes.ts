import { MigrationInterface, QueryRunner } from "typeorm";

export class Outcomes1796100000000 implements MigrationInterface {
    name = 'Outcomes1796100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "outlet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "level" text NOT NULL, "position" integer NOT NULL DEFAULT '1', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_6e932841d15452c92572cce2982" UNIQUE ("name"), CONSTRAINT "PK_ccdf8b4c8da9cf68bb852f0db1c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "item_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "outlet_id" uuid NOT NULL, "level" text NOT NULL, "reported_on" date NOT NULL, "channel" text, "reference" text, "bulletin_issue_id" uuid, "source" text NOT NULL DEFAULT 'native', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1cc4d96d48be1a99cb209c50e84" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "item_report_level_date_idx" ON "item_report"  ("level", "reported_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "item_report_once_key" ON "item_report"  ("item_id", "outlet_id", "reported_on") `);
        await queryRunner.query(`CREATE TABLE "leader_instruction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "committee_id" uuid NOT NULL, "leader_name" text NOT NULL, "leader_level" text NOT NULL, "instructed_on" date NOT NULL, "text" text, "referred_to" text, "referred_on" date, "reply" text, "replied_on" date, "closed_on" date, "source" text NOT NULL DEFAULT 'native', "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68caf6e786010b4b4afff834e3f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "leader_instruction_committee_date_idx" ON "leader_instruction"  ("committee_id", "instructed_on") `);
        await queryRunner.query(`CREATE INDEX "leader_instruction_item_idx" ON "leader_instruction"  ("item_id") `);
        await queryRunner.query(`CREATE TABLE "ledger_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "file_name" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "status" text NOT NULL DEFAULT 'queued', "total" integer NOT NULL DEFAULT '0', "processed" integer NOT NULL DEFAULT '0', "created" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_602a7f363fd8ce4eef16eb51950" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "ledger_import_committee_idx" ON "ledger_import"  ("committee_id", "created_at") `);
        await queryRunner.query(`ALTER TABLE "item" ADD "ledger_no" text`);
        await queryRunner.query(`ALTER TABLE "item" ADD "ledger_note" text`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" ADD "imported" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" DROP CONSTRAINT "bulletin_issue_numbered_check"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" ADD CONSTRAINT "bulletin_issue_numbered_check" CHECK ((status = 'draft') = (number IS NULL) AND (number IS NULL) = (year IS NULL) AND (number IS NULL) = (date IS NULL) AND (imported OR (number IS NULL) = (total_number IS NULL)))`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ADD "outlet_id" uuid`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ADD "note" text`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ADD "evidence" jsonb`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ADD "source" text NOT NULL DEFAULT 'native'`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ALTER COLUMN "created_by_id" DROP NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "item_ledger_no_key" ON "item"  ("committee_id", "ledger_no") WHERE ledger_no IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "adoption_event_level_date_idx" ON "adoption_event"  ("level", "occurred_on") `);
        await queryRunner.query(`ALTER TABLE "item_report" ADD CONSTRAINT "FK_ada761d2e72fd9e94811685db18" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // The outlets every Shanxi office reports to; admins add and change them.
        await queryRunner.query(`INSERT INTO "outlet" ("name", "level", "position") VALUES ('市委办公室', 'city', 1), ('省政协《社情民意》', 'province', 1), ('全国政协《政协信息》', 'national', 1), ('全国政协《政协信息专报》', 'national', 2)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "item_report" DROP CONSTRAINT "FK_ada761d2e72fd9e94811685db18"`);
        await queryRunner.query(`DROP INDEX "public"."adoption_event_level_date_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_ledger_no_key"`);
        await queryRunner.query(`ALTER TABLE "adoption_event" ALTER COLUMN "created_by_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "adoption_event" DROP COLUMN "source"`);
        await queryRunner.query(`ALTER TABLE "adoption_event" DROP COLUMN "evidence"`);
        await queryRunner.query(`ALTER TABLE "adoption_event" DROP COLUMN "note"`);
        await queryRunner.query(`ALTER TABLE "adoption_event" DROP COLUMN "outlet_id"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" DROP CONSTRAINT "bulletin_issue_numbered_check"`);
        await queryRunner.query(`DELETE FROM "bulletin_issue" WHERE "imported"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" DROP COLUMN "imported"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" ADD CONSTRAINT "bulletin_issue_numbered_check" CHECK ((status = 'draft') = (number IS NULL) AND (number IS NULL) = (total_number IS NULL) AND (number IS NULL) = (year IS NULL) AND (number IS NULL) = (date IS NULL))`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "ledger_note"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "ledger_no"`);
        await queryRunner.query(`DROP INDEX "public"."ledger_import_committee_idx"`);
        await queryRunner.query(`DROP TABLE "ledger_import"`);
        await queryRunner.query(`DROP INDEX "public"."leader_instruction_item_idx"`);
        await queryRunner.query(`DROP INDEX "public"."leader_instruction_committee_date_idx"`);
        await queryRunner.query(`DROP TABLE "leader_instruction"`);
        await queryRunner.query(`DROP INDEX "public"."item_report_once_key"`);
        await queryRunner.query(`DROP INDEX "public"."item_report_level_date_idx"`);
        await queryRunner.query(`DROP TABLE "item_report"`);
        await queryRunner.query(`DROP TABLE "outlet"`);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Bulletins1796000000000 implements MigrationInterface {
    name = 'Bulletins1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "bulletin_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "title" text NOT NULL, "issuing_unit" text NOT NULL, "marking" text NOT NULL DEFAULT '内部资料 注意保存', "default_distribution" jsonb NOT NULL DEFAULT '[]', "default_copies" integer NOT NULL DEFAULT '30', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bulletin_series_title_key" UNIQUE ("committee_id", "title"), CONSTRAINT "PK_215eb5e1c6a06790cb9a5c7afd1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "bulletin_issue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "committee_id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'draft', "year" integer, "number" integer, "total_number" integer, "date" date, "editor_note" text, "distribution" jsonb NOT NULL, "copies" integer NOT NULL, "corrects_issue_id" uuid, "created_by_id" uuid NOT NULL, "signed_by_id" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "document_status" text NOT NULL DEFAULT 'none', "document_key" text, "document_size" integer, "document_sha256" text, "document_fingerprint" text, "rendered_at" TIMESTAMP WITH TIME ZONE, "document_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bulletin_issue_total_number_key" UNIQUE ("series_id", "kind", "total_number"), CONSTRAINT "bulletin_issue_number_key" UNIQUE ("series_id", "kind", "year", "number"), CONSTRAINT "bulletin_issue_numbered_check" CHECK ((status = 'draft') = (number IS NULL) AND (number IS NULL) = (total_number IS NULL) AND (number IS NULL) = (year IS NULL) AND (number IS NULL) = (date IS NULL)), CONSTRAINT "PK_6bf2988a488721c93f4a12b542d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "bulletin_issue_series_idx" ON "bulletin_issue"  ("series_id", "status") `);
        await queryRunner.query(`CREATE TABLE "bulletin_issue_item" ("issue_id" uuid NOT NULL, "item_id" uuid NOT NULL, "position" integer NOT NULL, "editor_note" text, "correction" boolean NOT NULL DEFAULT false, "title" text, "body" text, "byline" text, "version_no" integer, CONSTRAINT "bulletin_issue_item_position_key" UNIQUE ("issue_id", "position"), CONSTRAINT "PK_eda72455ac982360858ff993c52" PRIMARY KEY ("issue_id", "item_id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "bulletin_issue_item_once_idx" ON "bulletin_issue_item"  ("item_id") WHERE NOT correction`);
        await queryRunner.query(`CREATE TABLE "adoption_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "level" text NOT NULL, "kind" text NOT NULL, "outlet" text NOT NULL, "occurred_on" date NOT NULL, "document_ref" text, "bulletin_issue_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8035e3262efdd44368ab7a9ee2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "adoption_event_issue_once_idx" ON "adoption_event"  ("item_id", "kind", "bulletin_issue_id") WHERE bulletin_issue_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "adoption_event_item_idx" ON "adoption_event"  ("item_id") `);
        await queryRunner.query(`CREATE TABLE "bulletin_counter" ("series_id" uuid NOT NULL, "kind" text NOT NULL, "last_total_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_85e94e26f5493dc8eaadeecf83f" PRIMARY KEY ("series_id", "kind"))`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" ADD CONSTRAINT "FK_9ca3fb763732864b010fc8fe0f5" FOREIGN KEY ("series_id") REFERENCES "bulletin_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" ADD CONSTRAINT "FK_9e4ef8641f3e7bfd5b8395504d0" FOREIGN KEY ("corrects_issue_id") REFERENCES "bulletin_issue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue_item" ADD CONSTRAINT "FK_0fbaeaabeb6bd6ece492158388b" FOREIGN KEY ("issue_id") REFERENCES "bulletin_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue_item" ADD CONSTRAINT "FK_fae70da72da55699539387e3e4c" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bulletin_issue_item" DROP CONSTRAINT "FK_fae70da72da55699539387e3e4c"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue_item" DROP CONSTRAINT "FK_0fbaeaabeb6bd6ece492158388b"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" DROP CONSTRAINT "FK_9e4ef8641f3e7bfd5b8395504d0"`);
        await queryRunner.query(`ALTER TABLE "bulletin_issue" DROP CONSTRAINT "FK_9ca3fb763732864b010fc8fe0f5"`);
        await queryRunner.query(`DROP TABLE "bulletin_counter"`);
        await queryRunner.query(`DROP INDEX "public"."adoption_event_item_idx"`);
        await queryRunner.query(`DROP INDEX "public"."adoption_event_issue_once_idx"`);
        await queryRunner.query(`DROP TABLE "adoption_event"`);
        await queryRunner.query(`DROP INDEX "public"."bulletin_issue_item_once_idx"`);
        await queryRunner.query(`DROP TABLE "bulletin_issue_item"`);
        await queryRunner.query(`DROP INDEX "public"."bulletin_issue_series_idx"`);
        await queryRunner.query(`DROP TABLE "bulletin_issue"`);
        await queryRunner.query(`DROP TABLE "bulletin_series"`);
    }

}

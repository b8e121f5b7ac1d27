import { MigrationInterface, QueryRunner } from "typeorm";

export class ItemsTopicsCommissions1795600000000 implements MigrationInterface {
    name = 'ItemsTopicsCommissions1795600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "category" ("code" text NOT NULL, "name" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_652a15c02538138f021f1320de8" PRIMARY KEY ("code"))`);
        await queryRunner.query(`CREATE TABLE "topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "category_code" text, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "topic_committee_idx" ON "topic"  ("committee_id", "closes_on") `);
        await queryRunner.query(`CREATE TABLE "commission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "topic_id" uuid, "title" text NOT NULL, "note" text NOT NULL DEFAULT '', "assignee_user_id" uuid, "assignee_unit_id" uuid NOT NULL, "due_on" date NOT NULL, "status" text NOT NULL DEFAULT 'open', "answered_by_item_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d108d70411783e2a3a84e386601" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "commission_assignee_user_idx" ON "commission"  ("assignee_user_id") `);
        await queryRunner.query(`CREATE INDEX "commission_committee_idx" ON "commission"  ("committee_id", "status") `);
        await queryRunner.query(`CREATE TABLE "item_author" ("item_id" uuid NOT NULL, "user_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_a9a05d44571ff68a5c09378fb4b" PRIMARY KEY ("item_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "item_author_user_idx" ON "item_author"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "lead_author_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "category_code" text, "topic_id" uuid, "commission_id" uuid, "status" text NOT NULL, "version_no" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d3c0c71f23e7adcf952a1d13423" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "item_unit_idx" ON "item"  ("unit_id") `);
        await queryRunner.query(`CREATE INDEX "item_committee_status_idx" ON "item"  ("committee_id", "status", "submitted_at") `);
        await queryRunner.query(`CREATE TABLE "item_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f94dd9f6e218ceb8fab6870342" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "item_event_item_idx" ON "item_event"  ("item_id", "id") `);
        await queryRunner.query(`CREATE TABLE "item_version" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "item_id" uuid NOT NULL, "no" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "created_by_id" uuid NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "item_version_item_no_key" UNIQUE ("item_id", "no"), CONSTRAINT "PK_32ae7097db7bac3051b05f0f675" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" text NOT NULL, "scope" text NOT NULL, "item_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`);
        await queryRunner.query(`ALTER TABLE "item_author" ADD CONSTRAINT "FK_e11885a29e6e63064b11fcc59f3" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // The categories are data: offices may add or retire their own later.
        await queryRunner.query(`INSERT INTO "category" ("code", "name", "position") VALUES
            ('economy', '经济', 1), ('livelihood', '民生', 2), ('governance', '社会治理', 3), ('environment', '生态环境', 4),
            ('education', '教育', 5), ('health', '医疗卫生', 6), ('culture_tourism', '文化旅游', 7), ('agriculture', '农业农村', 8),
            ('other', '其他', 9)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "item_author" DROP CONSTRAINT "FK_e11885a29e6e63064b11fcc59f3"`);
        await queryRunner.query(`DROP TABLE "idempotency_key"`);
        await queryRunner.query(`DROP TABLE "item_version"`);
        await queryRunner.query(`DROP INDEX "public"."item_event_item_idx"`);
        await queryRunner.query(`DROP TABLE "item_event"`);
        await queryRunner.query(`DROP INDEX "public"."item_committee_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_unit_idx"`);
        await queryRunner.query(`DROP TABLE "item"`);
        await queryRunner.query(`DROP INDEX "public"."item_author_user_idx"`);
        await queryRunner.query(`DROP TABLE "item_author"`);
        await queryRunner.query(`DROP INDEX "public"."commission_committee_idx"`);
        await queryRunner.query(`DROP INDEX "public"."commission_assignee_user_idx"`);
        await queryRunner.query(`DROP TABLE "commission"`);
        await queryRunner.query(`DROP INDEX "public"."topic_committee_idx"`);
        await queryRunner.query(`DROP TABLE "topic"`);
        await queryRunner.query(`DROP TABLE "category"`);
    }

}

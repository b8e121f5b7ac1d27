import { MigrationInterface, QueryRunner } from "typeorm";

export class AttachmentsAndIntake1795700000000 implements MigrationInterface {
    name = 'AttachmentsAndIntake1795700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "size" bigint NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d777dcffe63dff85011cf4707cd" UNIQUE ("storage_key"), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attachment_item_idx" ON "attachment"  ("item_id") `);
        await queryRunner.query(`CREATE TABLE "item_similarity" ("item_id" uuid NOT NULL, "similar_item_id" uuid NOT NULL, "similarity" real NOT NULL, "distance" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61e5b93c3a24eed841f638de1f7" PRIMARY KEY ("item_id", "similar_item_id"))`);
        await queryRunner.query(`CREATE INDEX "item_similarity_similar_idx" ON "item_similarity"  ("similar_item_id") `);
        await queryRunner.query(`ALTER TABLE "item" ADD "search_vector" tsvector`);
        await queryRunner.query(`ALTER TABLE "item" ADD "simhash" bigint`);
        await queryRunner.query(`ALTER TABLE "item" ADD "simhash_bands" integer array`);
        await queryRunner.query(`ALTER TABLE "item" ADD "intake_version_no" integer`);
        await queryRunner.query(`ALTER TABLE "attachment" ADD CONSTRAINT "FK_78b51c16866d75efaeee57ef8c1" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Hand-written: GIN indexes for full-text search over the segmented text and for near-duplicate
        // candidates (bands are stored as band * 65536 + value, so && matches a band at its own position).
        await queryRunner.query(`CREATE INDEX "item_search_idx" ON "item" USING GIN ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "item_bands_idx" ON "item" USING GIN ("simhash_bands")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."item_bands_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_search_idx"`);
        await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_78b51c16866d75efaeee57ef8c1"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "intake_version_no"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "simhash_bands"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "simhash"`);
        await queryRunner.query(`ALTER TABLE "item" DROP COLUMN "search_vector"`);
        await queryRunner.query(`DROP INDEX "public"."item_similarity_similar_idx"`);
        await queryRunner.query(`DROP TABLE "item_similarity"`);
        await queryRunner.query(`DROP INDEX "public"."attachment_item_idx"`);
        await queryRunner.query(`DROP TABLE "attachment"`);
    }

}

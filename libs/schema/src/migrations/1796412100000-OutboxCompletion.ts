import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A Redis that loses its data loses no work: an outbox row stays in flight until its job's handler
 * succeeded (completed_at) or failed for good (failed_at), and the worker sends rows in flight again
 * whose job Redis no longer has. Rows dispatched before this migration count as completed, as the
 * dispatcher treated them (their jobs ran long ago, or run now and mark nothing new). priority: BullMQ's,
 * set low on bulk work (ledger imports). job_schedule_run: the last run of each job scheduler, so a run
 * missed while Redis had lost the scheduler is caught up once.
 */
export class OutboxCompletion1796412100000 implements MigrationInterface {
    name = 'OutboxCompletion1796412100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "job_schedule_run" ("scheduler_id" text NOT NULL, "last_run_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6d90dba38998a56ad49840ee02e" PRIMARY KEY ("scheduler_id"))`);
        await queryRunner.query(`ALTER TABLE "outbox_message" ADD "priority" integer`);
        await queryRunner.query(`ALTER TABLE "outbox_message" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "outbox_message" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`UPDATE "outbox_message" SET "completed_at" = "dispatched_at" WHERE "dispatched_at" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "outbox_message_in_flight_idx" ON "outbox_message"  ("id") WHERE dispatched_at IS NOT NULL AND completed_at IS NULL AND failed_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbox_message_in_flight_idx"`);
        await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "failed_at"`);
        await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "completed_at"`);
        await queryRunner.query(`ALTER TABLE "outbox_message" DROP COLUMN "priority"`);
        await queryRunner.query(`DROP TABLE "job_schedule_run"`);
    }

}

import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795500000000 implements MigrationInterface {
    name = 'Foundation1795500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parent_id" uuid, "path" text NOT NULL, "committee_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisation_parent_name_key" UNIQUE ("parent_id", "name"), CONSTRAINT "organisation_path_key" UNIQUE ("path"), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "name" text NOT NULL, "phone" text, "password_hash" text NOT NULL, "roles" text array NOT NULL, "identity" text, "organisation_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "app_user_organisation_idx" ON "app_user"  ("organisation_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "app_user_phone_key" ON "app_user"  ("phone") WHERE phone IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "refresh_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "auth_session_user_idx" ON "auth_session"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "login_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "username" text NOT NULL, "ip" text, "succeeded" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_attempt_ip_idx" ON "login_attempt"  ("ip", "created_at") `);
        await queryRunner.query(`CREATE INDEX "login_attempt_username_idx" ON "login_attempt"  ("username", "created_at") `);
        await queryRunner.query(`CREATE TABLE "notification" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "user_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "source_key" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_source_user_key" UNIQUE ("source_key", "user_id"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification"  ("user_id") WHERE read_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "notification_user_idx" ON "notification"  ("user_id", "id") `);
        await queryRunner.query(`CREATE TABLE "outbox_message" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "queue" text NOT NULL, "job_name" text NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "dispatch_attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "outbox_message_pending_idx" ON "outbox_message"  ("id") WHERE dispatched_at IS NULL`);
        await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616" FOREIGN KEY ("parent_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "auth_session" ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        // Hand-written: expression and operator-class indexes the generator cannot express.
        await queryRunner.query(`CREATE UNIQUE INDEX "app_user_username_key" ON "app_user" (lower("username"))`);
        await queryRunner.query(`CREATE INDEX "organisation_path_prefix_idx" ON "organisation" ("path" text_pattern_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."organisation_path_prefix_idx"`);
        await queryRunner.query(`DROP INDEX "public"."app_user_username_key"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"`);
        await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
        await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_c4ba39f5697ec0cd6e03314b616"`);
        await queryRunner.query(`DROP INDEX "public"."outbox_message_pending_idx"`);
        await queryRunner.query(`DROP TABLE "outbox_message"`);
        await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP INDEX "public"."login_attempt_username_idx"`);
        await queryRunner.query(`DROP INDEX "public"."login_attempt_ip_idx"`);
        await queryRunner.query(`DROP TABLE "login_attempt"`);
        await queryRunner.query(`DROP INDEX "public"."auth_session_user_idx"`);
        await queryRunner.query(`DROP TABLE "auth_session"`);
        await queryRunner.query(`DROP INDEX "public"."app_user_phone_key"`);
        await queryRunner.query(`DROP INDEX "public"."app_user_organisation_idx"`);
        await queryRunner.query(`DROP TABLE "app_user"`);
        await queryRunner.query(`DROP TABLE "organisation"`);
    }

}

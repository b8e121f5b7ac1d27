import { MigrationInterface, QueryRunner } from "typeorm";

/** The moves whose comment the authors read (TRANSITIONS in libs/items, as of this migration); every other comment is the desk's. */
const AUTHOR_MOVES = ['submit', 'withdraw', 'resubmit', 'return', 'reject', 'merge', 'publish'];

/**
 * Who reads an event's comment: `comment_audience` on every audit event, backfilled by its
 * move. Notifications already sent to authors lose the desk's comment they quoted (提交审核, 审核通过,
 * 采用, 阅选 — "…意见：<comment>"), and the 编发 note is called 刊发说明 instead of 意见.
 */
export class CommentAudience1796412000000 implements MigrationInterface {
    name = 'CommentAudience1796412000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "item_event" ADD "comment_audience" text`);
        await queryRunner.query(`UPDATE "item_event" SET "comment_audience" = CASE WHEN "action" = ANY($1::text[]) THEN 'author' ELSE 'desk' END`, [AUTHOR_MOVES]);
        await queryRunner.query(`ALTER TABLE "item_event" ALTER COLUMN "comment_audience" SET NOT NULL`);
        await queryRunner.query(REWRITE_AUTHOR_NOTICES);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "item_event" DROP COLUMN "comment_audience"`);
    }

}

/**
 * An author's notification of a move ends "。意见：<the event's comment>": for the desk's moves that
 * tail goes (the status change stays told), for 编发 it is called 刊发说明. Matched by the item
 * (the link), the move (the title) and the comment's exact words at the end of the body.
 */
const REWRITE_AUTHOR_NOTICES = `
  UPDATE notification n
     SET body = left(n.body, length(n.body) - length('意见：' || e.comment)) || CASE WHEN m.action = 'publish' THEN '刊发说明：' || e.comment ELSE '' END
    FROM item_event e
    JOIN (VALUES ('稿件已提交审核', 'propose'), ('稿件已审核通过', 'approve'), ('稿件已采用，进入编辑', 'accept'), ('稿件进入阅选', 'screen'), ('稿件已编发', 'publish'))
         AS m(title, action) ON m.action = e.action
   WHERE n.title = m.title
     AND n.link = '/my-items/' || e.item_id
     AND e.comment IS NOT NULL
     AND right(n.body, length('。意见：' || e.comment)) = '。意见：' || e.comment`;

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationPage, NotificationView } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { NotifyUsersPayload } from '@sqmy/queue';
import { DataSource, IsNull } from 'typeorm';
import { ListNotificationsQuery } from './dto/list-notifications.query';
import { Notification } from './notification.entity';

const toView = ({ id, title, body, link, readAt, createdAt }: Notification): NotificationView => ({ id, title, body, link, readAt, createdAt });

/** A person's in-app notifications, and their delivery from the queue. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(userId: string, query: ListNotificationsQuery): Promise<NotificationPage> {
    const builder = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.id', 'DESC')
      .take(query.limit);
    if (query.unreadOnly) builder.andWhere('n.read_at IS NULL');
    if (query.before) builder.andWhere('n.id < :before', { before: query.before });
    const [rows, unreadCount] = await Promise.all([builder.getMany(), this.unreadCount(userId)]);
    return {
      items: rows.map(toView),
      unreadCount,
      nextBefore: rows.length === query.limit ? rows[rows.length - 1].id : null,
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'coalesce(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    if (result.affected === 0) throw AppError.notFound('通知');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: new Date() });
  }

  /**
   * Delivers one notify job. Idempotent: `sourceKey` (the job id) with the user is unique, so a
   * retried or duplicated job inserts nothing new. Accounts that no longer exist are skipped.
   */
  async deliver(sourceKey: string, payload: NotifyUsersPayload): Promise<number> {
    if (payload.userIds.length === 0) return 0;
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notification (user_id, title, body, link, source_key)
       SELECT u.id, $2, $3, $4, $5 FROM app_user u WHERE u.id = ANY($1::uuid[])
       ON CONFLICT ON CONSTRAINT notification_source_user_key DO NOTHING
       RETURNING id`,
      [payload.userIds, payload.title, payload.body, payload.link ?? null, sourceKey],
    );
    return rows.length;
  }
}

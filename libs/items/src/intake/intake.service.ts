import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@sqmy/accounts';
import { NotificationsService } from '@sqmy/notifications';
import { IntakeItemPayload } from '@sqmy/queue';
import { DataSource } from 'typeorm';
import { Item } from '../items/item.entity';

/**
 * What happens to a submitted version before the editors read it. Safe to run twice for one
 * version: its effects are keyed by the job.
 */
@Injectable()
export class IntakeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async run(jobId: string, { itemId, versionNo }: IntakeItemPayload): Promise<void> {
    const item = await this.dataSource.getRepository(Item).findOneBy({ id: itemId });
    if (!item) return; // a never-submitted draft that was deleted: nothing to do
    const editors = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE o.committee_id = $1 AND u.active AND $2 = ANY(u.roles)`,
      [item.committeeId, Role.Editor],
    );
    await this.notifications.deliver(jobId, {
      userIds: editors.map((e) => e.id),
      title: versionNo > 1 ? '稿件已修改后重新报送' : '收到新稿件',
      body: `《${item.title}》待阅选。`,
      link: `/desk/items/${item.id}`,
    });
  }
}

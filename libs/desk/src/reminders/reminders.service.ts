import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@sqmy/contract';
import { JobName, JobRequest, OutboxService } from '@sqmy/queue';
import { DataSource, EntityManager } from 'typeorm';
import { committeePeople } from '../desk-people';
import { DEFAULT_RETURN_REMINDER_DAYS, DEFAULT_SCREENING_REMINDER_DAYS } from '../settings/desk-settings.entity';
import { ReminderKind } from './item-reminder.entity';

interface Due {
  item_id: string;
  kind: ReminderKind;
  title: string;
  committee_id: string;
  assignee_id: string | null;
  authors: string[];
  days: number;
}

/**
 * Finds items waiting longer than their committee allows — for screening since they were
 * submitted, or with their authors since they were returned — and records one reminder per item,
 * kind and waiting period. The records and their notifications (outbox) commit together, and a
 * second run finds the records there: it sends nothing new.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  run(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<Due[]>(
        `WITH waiting AS (
           SELECT i.id, $1::text AS kind, i.submitted_at AS since, coalesce(s.screening_reminder_days, $3::int) AS days
             FROM item i LEFT JOIN desk_settings s ON s.committee_id = i.committee_id
            WHERE i.status IN ('submitted', 'screening') AND i.submitted_at < now() - make_interval(days => coalesce(s.screening_reminder_days, $3::int))
           UNION ALL
           SELECT i.id, $2::text, i.status_changed_at, coalesce(s.return_reminder_days, $4::int)
             FROM item i LEFT JOIN desk_settings s ON s.committee_id = i.committee_id
            WHERE i.status = 'returned' AND i.status_changed_at < now() - make_interval(days => coalesce(s.return_reminder_days, $4::int))
         ), recorded AS (
           INSERT INTO item_reminder (item_id, kind, waiting_since) SELECT id, kind, since FROM waiting
           ON CONFLICT ON CONSTRAINT item_reminder_once_key DO NOTHING RETURNING item_id, kind
         )
         SELECT r.item_id, r.kind, i.title, i.committee_id, i.assignee_id, w.days,
                ARRAY(SELECT a.user_id FROM item_author a WHERE a.item_id = i.id ORDER BY a.position) AS authors
           FROM recorded r JOIN item i ON i.id = r.item_id JOIN waiting w ON w.id = r.item_id AND w.kind = r.kind
          ORDER BY r.item_id, r.kind`,
        [ReminderKind.Screening, ReminderKind.Return, DEFAULT_SCREENING_REMINDER_DAYS, DEFAULT_RETURN_REMINDER_DAYS],
      );
      const jobs: JobRequest[] = [];
      for (const reminder of due) jobs.push(await this.notice(manager, reminder));
      await this.outbox.add(manager, ...jobs);
      return due.length;
    });
  }

  private async notice(manager: EntityManager, due: Due): Promise<JobRequest> {
    if (due.kind === ReminderKind.Return) {
      const body = `《${due.title}》退回修改已超过 ${due.days} 天，请修改后重新报送。`;
      return { name: JobName.NotifyUsers, payload: { userIds: due.authors, title: '退回的稿件尚未重新报送', body, link: `/my-items/${due.item_id}` } };
    }
    const userIds = due.assignee_id ? [due.assignee_id] : (await committeePeople(manager, due.committee_id, Role.Editor)).map((e) => e.id);
    const body = `《${due.title}》等待阅选已超过 ${due.days} 天。`;
    return { name: JobName.NotifyUsers, payload: { userIds, title: '稿件等待阅选已超期', body, link: `/desk/items/${due.item_id}` } };
  }
}

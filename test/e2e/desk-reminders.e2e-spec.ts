import { RemindersService } from '@sqmy/desk';
import { JobName, JobSchedulerId, QueueName } from '@sqmy/queue';
import { Queue } from 'bullmq';
import request from 'supertest';
import { seedDemo } from '../support/demo';
import { Auth, deskClient } from '../support/desk';
import { signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

describe('reminders: items waiting too long at the desk or with their authors', () => {
  let t: TestApp;
  let desk: ReturnType<typeof deskClient>;
  let informant: Auth;
  let editor: Auth;
  let editor2: Auth;
  let chief: Auth;
  let queue: Queue;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.dataSource);
    desk = deskClient(t);
    [informant, editor, editor2, chief] = await Promise.all(['informant', 'editor', 'editor2', 'chief'].map((u) => signIn(t, u, 'Demo@2026')));
    queue = new Queue(QueueName.Desk, { connection: { url: process.env.REDIS_URL }, prefix: t.queuePrefix });
  });
  afterAll(async () => {
    await queue.close();
    await t.close();
  });

  const ago = (id: string, column: 'submitted_at' | 'status_changed_at', days: number) =>
    t.dataSource.query(`UPDATE item SET ${column} = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);
  const titled = async (auth: Auth, title: string) => (await desk.notices(auth)).filter((n) => n.title === title);

  it('the worker schedules the reminder run every hour', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: JobSchedulerId.DeskReminders, name: JobName.SendReminders, every: 3_600_000 })]);
  });

  it('reminds once per item and waiting period: running the job twice sends nothing new', async () => {
    const unassigned = await desk.submitted(informant, { title: '关于久等未阅的建议' });
    const claimed = await desk.submitted(informant, { title: '关于领取未办的建议' });
    await desk.move(editor2, claimed, 'screen').expect(200);
    const returned = await desk.submitted(informant, { title: '关于退回未改的建议' });
    await desk.move(editor, returned, 'screen').expect(200);
    await desk.move(editor, returned, 'return', { comment: '请补充数据' }).expect(200);
    const fresh = await desk.submitted(informant, { title: '关于刚刚报送的建议' });
    await ago(unassigned, 'submitted_at', 4);
    await ago(claimed, 'submitted_at', 4);
    await ago(returned, 'status_changed_at', 8);
    await ago(fresh, 'submitted_at', 2);

    const reminders = t.worker!.get(RemindersService, { strict: false });
    expect(await reminders.run()).toBe(3);
    expect(await reminders.run()).toBe(0);
    // And through the queue, as the schedule runs it: still nothing new.
    await queue.add(JobName.SendReminders, {});
    await drainJobs(t);

    const overdue = '稿件等待阅选已超期';
    expect((await titled(editor, overdue)).map((n) => n.link)).toEqual([`/desk/items/${unassigned}`]);
    expect((await titled(editor2, overdue)).map((n) => n.link).sort()).toEqual([`/desk/items/${claimed}`, `/desk/items/${unassigned}`].sort());
    expect(await titled(informant, '退回的稿件尚未重新报送')).toEqual([
      expect.objectContaining({ link: `/my-items/${returned}`, body: '《关于退回未改的建议》退回修改已超过 7 天，请修改后重新报送。' }),
    ]);

    // A new waiting period is a new reminder: the item is resubmitted, returned again, and forgotten again.
    await desk.move(informant, returned, 'submit').expect(200);
    await desk.move(editor, returned, 'screen').expect(200);
    await desk.move(editor, returned, 'return', { comment: '仍需补充' }).expect(200);
    await ago(returned, 'status_changed_at', 9);
    expect(await reminders.run()).toBe(1);
    await drainJobs(t);
    expect(await titled(informant, '退回的稿件尚未重新报送')).toHaveLength(2);
  });

  it('the committee’s setting decides when an item is overdue', async () => {
    const item = await desk.submitted(informant, { title: '关于两天未阅的建议' });
    await ago(item, 'submitted_at', 2);
    const reminders = t.worker!.get(RemindersService, { strict: false });
    const remindedOf = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM item_reminder WHERE item_id = $1', [item]))[0].n;
    await reminders.run();
    expect(await remindedOf()).toBe(0);
    await request(t.url).put('/api/v1/desk/settings').set(chief).send({ screeningReminderDays: 1, returnReminderDays: 7 }).expect(200);
    await reminders.run();
    expect(await remindedOf()).toBe(1);
  });
});

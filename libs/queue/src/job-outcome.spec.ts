import { outboxIdOf } from './job-outcome';
import { outboxJobId } from './job-options';
import { insertJobs } from './outbox.service';
import { inBackground, JobName, JobPriority, refreshScores } from './queue.constants';

describe('outbox jobs', () => {
  it('knows the outbox row of a dispatched job, and no row for a scheduler’s job', () => {
    expect(outboxIdOf(outboxJobId('4194'))).toBe('4194');
    expect(outboxIdOf('repeat:desk-reminders:1796000000000')).toBeNull();
    expect(outboxIdOf(undefined)).toBeNull();
  });

  it('writes a priority only for background work', () => {
    const submit = { name: JobName.IntakeItem, payload: { itemId: 'a', versionNo: 1 } } as const;
    const imported = inBackground([{ name: JobName.IntakeItem, payload: { itemId: 'b', versionNo: 1, notifyEditors: false } }, ...refreshScores(['b'])]);
    expect(insertJobs([submit, ...imported]).values[3]).toEqual([null, JobPriority.Background, JobPriority.Background]);
  });
});

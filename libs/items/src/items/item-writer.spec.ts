import { CommentAudience, ItemStatus } from '@sqmy/contract';
import { JobName } from '@sqmy/queue';
import { itemWrites, NewItem } from './item-writer';

const draft: NewItem = {
  id: 'i1',
  committeeId: 'c1',
  unitId: 'u1',
  title: '关于加强农村养老服务的建议',
  body: '',
  categoryCode: null,
  topicId: null,
  commissionId: null,
  status: ItemStatus.Draft,
  assigneeId: null,
  versionNo: 0,
  submittedAt: null,
  updatedById: null,
  authorIds: ['a1'],
  version: null,
  event: null,
};

const submitted: NewItem = {
  ...draft,
  id: 'i2',
  status: ItemStatus.Submitted,
  versionNo: 1,
  submittedAt: new Date('2026-12-03T02:00:00Z'),
  authorIds: ['a1', 'a2'],
  version: { itemId: 'i2', no: 1, title: draft.title, body: '正文', createdById: 'a1', reason: 'submit' },
  event: {
    itemId: 'i2',
    actorId: 'a1',
    action: 'submit',
    fromStatus: ItemStatus.Draft,
    toStatus: ItemStatus.Submitted,
    comment: null,
    reasonCode: null,
    commentAudience: CommentAudience.Author,
  },
};

describe('the item writer', () => {
  it('writes a draft and a batch of submitted items with the same statement text (it is prepared once)', () => {
    const jobs = [{ name: JobName.IntakeItem, payload: { itemId: 'i2', versionNo: 1 } } as const];
    expect(itemWrites([submitted, { ...submitted, id: 'i3' }], jobs).text).toBe(itemWrites([draft], []).text);
  });

  it('writes the authors in order, the lead first, and a version and event only for an item that has them', () => {
    const { values } = itemWrites([draft, submitted], []);
    expect(values).toContainEqual(['i1', 'i2', 'i2']); // item_author.item_id
    expect(values).toContainEqual(['a1', 'a1', 'a2']); // item_author.user_id
    expect(values).toContainEqual([0, 0, 1]); // item_author.position
    // item_version.item_id and item_event.item_id: the submitted item's rows, none for the draft
    expect(values.filter((value) => JSON.stringify(value) === '["i2"]')).toHaveLength(2);
  });
});

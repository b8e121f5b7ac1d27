import request from 'supertest';
import { seedDemo } from '../support/demo';
import { Auth, deskClient, ITEM_BODY } from '../support/desk';
import { expectErrorShape, signIn } from '../support/http';
import { drainJobs } from '../support/jobs';
import { createTestApp, TestApp } from '../support/test-app';

type Event = { action: string; from: string | null; to: string; comment: string | null; reasonCode: string | null; actor: string };

describe('the desk: screening, returns, editing with visible changes, review and sign-off', () => {
  let t: TestApp;
  let desk: ReturnType<typeof deskClient>;
  let informant: Auth;
  let member: Auth;
  let editor: Auth;
  let editor2: Auth;
  let chief: Auth;
  let analyst: Auth;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.dataSource);
    desk = deskClient(t);
    [informant, member, editor, editor2, chief, analyst] = await Promise.all(
      ['informant', 'member', 'editor', 'editor2', 'chief', 'analyst'].map((u) => signIn(t, u, 'Demo@2026')),
    );
    for (const [key, auth] of Object.entries({ informant, member, editor, editor2, chief })) ids[key] = await desk.me(auth);
  });
  afterAll(() => t.close());

  const eventsOf = async (id: string): Promise<Event[]> => (await desk.item(editor, id)).events;

  it('an informant submits, the editor claims and returns it, the informant resubmits, the editor accepts, edits, the diff shows the editor’s change, proposes, the chief sends back, the editor proposes again, the chief approves', async () => {
    const id = await desk.submitted(informant, { coAuthorIds: [ids.member] });

    // Only editors screen, and only what the state allows.
    expectErrorShape((await desk.move(chief, id, 'screen')).body, 403, 'FORBIDDEN');
    expectErrorShape((await desk.move(informant, id, 'screen')).body, 403, 'FORBIDDEN');
    const tooEarly = await desk.move(editor, id, 'accept');
    expectErrorShape(tooEarly.body, 409, 'TRANSITION_NOT_ALLOWED');
    expect(tooEarly.body.message).toBe('稿件当前状态为“已报送”，不能采用；可以：撤回、阅选、不予采用、综合');

    const claimed = await desk.move(editor, id, 'screen').expect(200);
    expect(claimed.body).toEqual(expect.objectContaining({ status: 'screening', assignee: { id: ids.editor, name: '李编辑' }, rejectReason: null, mergedInto: null, mergedFrom: [] }));
    expectErrorShape((await desk.move(informant, id, 'withdraw')).body, 409, 'TRANSITION_NOT_ALLOWED');

    // A return needs words; without them nothing happens.
    const wordless = await desk.move(editor, id, 'return', { comment: '  ' });
    expectErrorShape(wordless.body, 422, 'TRANSITION_INCOMPLETE');
    expect(wordless.body.details).toEqual([{ field: 'comment', message: '退回修改须填写意见' }]);
    expect((await desk.item(editor, id)).status).toBe('screening');
    const returned = await desk.move(editor, id, 'return', { comment: '请补充数据来源' }).expect(200);
    expect(returned.body.status).toBe('returned');
    await drainJobs(t);
    expect((await desk.notices(informant))[0]).toEqual(expect.objectContaining({ title: '稿件被退回修改', body: expect.stringContaining('请补充数据来源'), link: `/my-items/${id}` }));
    expect((await desk.notices(member))[0].title).toBe('稿件被退回修改');

    // The informant revises and resubmits: version 2.
    const revised = await desk.item(informant, id);
    await request(t.url).patch(`/api/v1/items/${id}`).set(informant).send({ body: `${ITEM_BODY}数据来源：市民政局2025年统计。`, version: revised.version }).expect(200);
    expect((await desk.move(informant, id, 'submit').expect(200)).body).toEqual(expect.objectContaining({ status: 'submitted', versionNo: 2 }));

    // Assigned to a colleague, who hands it back.
    const assigned = await desk.move(editor, id, 'screen', { assigneeId: ids.editor2 }).expect(200);
    expect(assigned.body.assignee).toEqual({ id: ids.editor2, name: '赵编辑' });
    const notEditor = await desk.move(editor2, id, 'assign', { assigneeId: ids.chief });
    expectErrorShape(notEditor.body, 422, 'INVALID_ASSIGNEE');
    expect((await desk.move(editor2, id, 'assign', { assigneeId: ids.editor }).expect(200)).body.assignee.name).toBe('李编辑');
    await drainJobs(t);
    // The intake of the resubmitted version tells the editors too, in whichever order the queues finish.
    expect(await desk.notices(editor2)).toContainEqual(expect.objectContaining({ title: '有稿件分配给您', link: `/desk/items/${id}` }));

    const accepted = await desk.move(editor, id, 'accept', { comment: '拟采用' }).expect(200);
    expect(accepted.body.status).toBe('editing');

    // Editing: each save a full version; a stale save is refused and names who changed the item.
    const edited = await desk
      .saveText(editor, id, { title: '关于加强农村养老服务体系建设的建议', body: `${ITEM_BODY}数据来源：晋中市民政局2025年统计。`, version: accepted.body.version, comment: '核实数据来源' })
      .expect(200);
    expect(edited.body).toEqual(expect.objectContaining({ status: 'editing', versionNo: 3 }));
    expect(edited.body.versions.map((v: { no: number; reason: string; createdBy: string }) => [v.no, v.reason, v.createdBy])).toEqual([
      [1, 'submit', '张信息'],
      [2, 'resubmit', '张信息'],
      [3, 'edit', '李编辑'],
    ]);
    const stale = await desk.saveText(editor2, id, { title: '旧页面', body: '旧页面的正文', version: accepted.body.version });
    expectErrorShape(stale.body, 409, 'STALE_VERSION');
    expect(stale.body.message).toMatch(/^稿件已被李编辑于 .+ 修改，请刷新后再改$/);
    expect((await desk.item(editor, id)).body).toContain('晋中市民政局');
    // Search follows the edited text; the editors are not told of a "new" item.
    await drainJobs(t);
    const found = await desk.get(editor, `/items/search?q=${encodeURIComponent('晋中市民政局')}`).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await desk.notices(editor)).filter((n) => n.link === `/desk/items/${id}` && n.title === '稿件已修改后重新报送')).toHaveLength(1);
    const staleMove = await desk.move(editor, id, 'propose', { version: accepted.body.version });
    expectErrorShape(staleMove.body, 409, 'STALE_VERSION');

    // The authors see exactly what the editor changed, by character.
    const diff = await desk.get(member, `/items/${id}/diff`).expect(200);
    expect(diff.body.from).toEqual(expect.objectContaining({ no: 2, createdBy: '张信息' }));
    expect(diff.body.to).toEqual(expect.objectContaining({ no: 3, createdBy: '李编辑' }));
    expect(diff.body.body.filter((p: { op: string }) => p.op !== 'equal')).toEqual([{ op: 'insert', text: '晋中' }]);
    expect(diff.body.stats).toEqual({ inserted: 2, deleted: 0 });
    expect(diff.body.title).toEqual([{ op: 'equal', text: '关于加强农村养老服务体系建设的建议' }]);
    const whole = await desk.get(informant, `/items/${id}/diff?from=1&to=3`).expect(200);
    expect(whole.body.body.filter((p: { op: string }) => p.op === 'insert').map((p: { text: string }) => p.text).join('')).toBe('数据来源：晋中市民政局2025年统计。');
    expectErrorShape((await desk.get(informant, `/items/${id}/diff?from=9`)).body, 404, 'NOT_FOUND');
    expectErrorShape((await desk.get(informant, `/items/${id}/diff?from=zero`)).body, 400, 'VALIDATION_FAILED');

    // Review: the chief sends back with comments, then approves.
    const proposed = await desk.move(editor, id, 'propose', { version: edited.body.version }).expect(200);
    expect(proposed.body.status).toBe('in_review');
    await drainJobs(t);
    expect((await desk.notices(chief))[0]).toEqual(expect.objectContaining({ title: '有稿件待审核', link: `/desk/items/${id}` }));
    expectErrorShape((await desk.move(editor, id, 'approve')).body, 403, 'FORBIDDEN');
    expectErrorShape((await desk.move(chief, id, 'send-back')).body, 422, 'TRANSITION_INCOMPLETE');
    expect((await desk.move(chief, id, 'send-back', { comment: '建议部分再具体些' }).expect(200)).body.status).toBe('editing');
    await drainJobs(t);
    expect((await desk.notices(editor))[0]).toEqual(expect.objectContaining({ title: '稿件被退回编辑', body: expect.stringContaining('建议部分再具体些') }));
    await desk.move(editor, id, 'propose').expect(200);
    const approved = await desk.move(chief, id, 'approve', { comment: '同意' }).expect(200);
    expect(approved.body.status).toBe('approved');
    expectErrorShape((await desk.move(chief, id, 'approve')).body, 409, 'TRANSITION_NOT_ALLOWED');

    // The timeline tells the whole story; the authors were told at each step that concerns them.
    expect((await eventsOf(id)).map((e) => [e.action, e.from, e.to, e.actor])).toEqual([
      ['submit', 'draft', 'submitted', '张信息'],
      ['screen', 'submitted', 'screening', '李编辑'],
      ['return', 'screening', 'returned', '李编辑'],
      ['resubmit', 'returned', 'submitted', '张信息'],
      ['screen', 'submitted', 'screening', '李编辑'],
      ['assign', 'screening', 'screening', '赵编辑'],
      ['accept', 'screening', 'editing', '李编辑'],
      ['edit', 'editing', 'editing', '李编辑'],
      ['propose', 'editing', 'in_review', '李编辑'],
      ['send_back', 'in_review', 'editing', '王主任'],
      ['propose', 'editing', 'in_review', '李编辑'],
      ['approve', 'in_review', 'approved', '王主任'],
    ]);
    await drainJobs(t);
    expect((await desk.notices(informant)).map((n) => n.title)).toEqual(
      expect.arrayContaining(['稿件进入阅选', '稿件被退回修改', '稿件已采用，进入编辑', '稿件已提交审核', '稿件已审核通过']),
    );
  });

  it('the editor rejects with a reason from the list; 其他 needs words; a rejected item moves no more', async () => {
    const reasons = await desk.get(informant, '/reject-reasons').expect(200);
    expect(reasons.body.map((r: { label: string }) => r.label)).toEqual(['信访', '涉诉', '人事', '涉密', '隐私', '超出职能', '抄袭或已公开', '工作总结式', '其他']);

    const id = await desk.submitted(informant);
    expectErrorShape((await desk.move(editor, id, 'reject')).body, 422, 'TRANSITION_INCOMPLETE');
    expectErrorShape((await desk.move(editor, id, 'reject', { reasonCode: 'astrology' })).body, 422, 'INVALID_REFERENCE');
    const other = await desk.move(editor, id, 'reject', { reasonCode: 'other' });
    expectErrorShape(other.body, 422, 'TRANSITION_INCOMPLETE');
    expect(other.body.details).toEqual([{ field: 'comment', message: '不予采用须填写意见' }]);
    expectErrorShape((await desk.move(chief, id, 'reject', { reasonCode: 'petition' })).body, 403, 'FORBIDDEN');
    expect(await eventsOf(id)).toHaveLength(1);

    const rejected = await desk.move(editor, id, 'reject', { reasonCode: 'petition', comment: '属个人诉求，请走信访渠道' }).expect(200);
    expect(rejected.body).toEqual(expect.objectContaining({ status: 'rejected', rejectReason: { code: 'petition', label: '信访' } }));
    expect(rejected.body.events.at(-1)).toEqual(expect.objectContaining({ action: 'reject', reasonCode: 'petition', comment: '属个人诉求，请走信访渠道' }));
    expect((await desk.item(informant, id)).rejectReason.label).toBe('信访');
    const dead = await desk.move(editor, id, 'screen');
    expectErrorShape(dead.body, 409, 'TRANSITION_NOT_ALLOWED');
    expect(dead.body.message).toBe('稿件当前状态为“不予采用”，不能阅选');
    await drainJobs(t);
    expect((await desk.notices(informant))[0]).toEqual(expect.objectContaining({ title: '稿件不予采用', body: '《关于加强农村养老服务体系建设的建议》不予采用。理由：信访。说明：属个人诉求，请走信访渠道' }));
  });

  it('an item can be rejected from every open state, with 其他 explained', async () => {
    const paths: Record<string, [Auth, string, object?][]> = {
      screening: [[editor, 'screen']],
      returned: [[editor, 'screen'], [editor, 'return', { comment: '请修改' }]],
      editing: [[editor, 'screen'], [editor, 'accept']],
      in_review: [[editor, 'screen'], [editor, 'accept'], [editor, 'propose']],
      approved: [[editor, 'screen'], [editor, 'accept'], [editor, 'propose'], [chief, 'approve']],
    };
    for (const [state, steps] of Object.entries(paths)) {
      const id = await desk.submitted(informant);
      for (const [auth, action, body] of steps) await desk.move(auth, id, action, body).expect(200);
      expect((await desk.item(editor, id)).status).toBe(state);
      const rejected = await desk.move(editor, id, 'reject', { reasonCode: 'other', comment: '与本市无关' }).expect(200);
      expect(rejected.body.events.at(-1)).toEqual(expect.objectContaining({ from: state, to: 'rejected', reasonCode: 'other' }));
    }
  });

  it('moves in the wrong state are refused with the state and the allowed moves, and change nothing', async () => {
    const id = await desk.submitted(informant);
    const refusals: [Auth, string, object][] = [
      [editor, 'return', { comment: '请修改' }],
      [editor, 'propose', {}],
      [chief, 'send-back', { comment: '再改' }],
    ];
    const badAssign = await desk.move(editor, id, 'assign', { assigneeId: 'not-a-uuid' });
    expectErrorShape(badAssign.body, 400, 'VALIDATION_FAILED');
    for (const [auth, action, body] of refusals) {
      const refused = await desk.move(auth, id, action, body);
      expectErrorShape(refused.body, 409, 'TRANSITION_NOT_ALLOWED');
      expect(refused.body.details).toEqual([{ field: 'status', message: '当前状态 submitted，允许的操作：withdraw, screen, reject, merge' }]);
    }
    expectErrorShape((await desk.move(editor, id, 'assign', { assigneeId: ids.editor2 })).body, 409, 'TRANSITION_NOT_ALLOWED');
    expectErrorShape((await desk.saveText(editor, id, { title: 't', body: 'b', version: 1 })).body, 409, 'TRANSITION_NOT_ALLOWED');
    expectErrorShape((await desk.saveText(editor, id, { title: 't' })).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await desk.move(editor, id, 'accept', { unknown: 1 })).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await desk.move(analyst, id, 'screen')).body, 403, 'FORBIDDEN');
    const after = await desk.item(editor, id);
    expect(after).toEqual(expect.objectContaining({ status: 'submitted', versionNo: 1, assignee: null }));
    expect(after.events).toHaveLength(1);
  });

  it('the desk lists the committee’s items oldest waiting first, with each editor’s load', async () => {
    const waiting = await desk.submitted(informant, { title: '关于规范农贸市场管理的建议' });
    const mine = await desk.submitted(informant, { title: '关于完善社区食堂的建议' });
    await desk.move(editor, mine, 'screen').expect(200);

    const summary = await desk.get(analyst, '/desk/summary').expect(200);
    expect(summary.body.counts).toEqual(expect.objectContaining({ submitted: expect.any(Number), screening: expect.any(Number), editing: expect.any(Number) }));
    expect(summary.body.editors.map((e: { name: string }) => e.name).sort()).toEqual(['李编辑', '赵编辑']);
    const load = (body: { editors: { id: string; load: number }[] }, id: string) => body.editors.find((e) => e.id === id)!.load;
    const before = load(summary.body, ids.editor);
    await desk.move(editor, waiting, 'screen').expect(200);
    expect(load((await desk.get(chief, '/desk/summary').expect(200)).body, ids.editor)).toBe(before + 1);
    // It has been in screening for five days: first in the list.
    await t.dataSource.query(`UPDATE item SET status_changed_at = now() - interval '5 days' WHERE id = $1`, [waiting]);

    const list = await desk.get(editor, `/desk/items?status=screening&assigneeId=${ids.editor}`).expect(200);
    expect(list.body.items[0]).toEqual(
      expect.objectContaining({ id: waiting, assignee: { id: ids.editor, name: '李编辑' }, similarCount: expect.any(Number), waitingSince: expect.any(String) }),
    );
    expect(list.body.items.every((i: { status: string }) => i.status === 'screening')).toBe(true);
    const found = await desk.get(editor, `/desk/items?q=${encodeURIComponent('社区食堂')}`).expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([mine]);
    const unassigned = await desk.get(editor, '/desk/items?unassigned=true').expect(200);
    expect(unassigned.body.items.every((i: { assignee: unknown }) => i.assignee === null)).toBe(true);
    expectErrorShape((await desk.get(editor, '/desk/items?status=lost')).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await desk.get(editor, '/desk/items?status=draft')).body, 400, 'VALIDATION_FAILED');
    const closed = await desk.get(editor, '/desk/items?status=rejected').expect(200);
    expect(closed.body.items.every((i: { status: string }) => i.status === 'rejected')).toBe(true);
    expectErrorShape((await desk.get(informant, '/desk/items')).body, 403, 'FORBIDDEN');
  });

  it('the chief editor sets the reminder periods; bad numbers are refused', async () => {
    expect((await desk.get(editor, '/desk/settings').expect(200)).body).toEqual({ screeningReminderDays: 3, returnReminderDays: 7 });
    const put = (auth: Auth, body: object) => request(t.url).put('/api/v1/desk/settings').set(auth).send(body);
    expectErrorShape((await put(chief, { screeningReminderDays: 0, returnReminderDays: 61 })).body, 400, 'VALIDATION_FAILED');
    expectErrorShape((await put(editor, { screeningReminderDays: 2, returnReminderDays: 5 })).body, 403, 'FORBIDDEN');
    expect((await put(chief, { screeningReminderDays: 2, returnReminderDays: 5 }).expect(200)).body).toEqual({ screeningReminderDays: 2, returnReminderDays: 5 });
    expect((await desk.get(editor, '/desk/settings').expect(200)).body).toEqual({ screeningReminderDays: 2, returnReminderDays: 5 });
  });
});

import request from 'supertest';
import { DemoCommittee } from '@sqmy/accounts';
import { seedDemoCommitteeFull } from '../support/demo';
import { signIn } from '../support/http';
import { rosterXlsx } from '../support/roster';
import { ledgerXlsx } from '../support/ledger';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The access matrix: every endpoint × every role → the expected status. A new endpoint fails the
 * completeness check below until it has a row here. Requests are valid, so the status shows
 * access alone (2xx allowed, 403 refused, 401 not signed in).
 */
type Who = 'anonymous' | 'informant' | 'unitAdmin' | 'editor' | 'chiefEditor' | 'analyst' | 'admin';
const WHO: Who[] = ['anonymous', 'informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst', 'admin'];

interface Context {
  org: (name: string) => string;
  /** An informant of 民盟晋中市委会 made for these tests (managed by the unit liaison and the admin). */
  target: string;
  unique: () => string;
  /** Items by the demo informant 张信息 of 民盟晋中市委会: one submitted, one draft; and fresh ones on demand. */
  submittedItem: string;
  draftItem: string;
  newItem: (submitted: boolean) => Promise<string>;
  itemVersion: (id: string) => Promise<number>;
  topic: string;
  commission: string;
  /** An attachment of `submittedItem`, and fresh ones on demand. */
  attachment: string;
  newAttachment: (itemId: string) => Promise<string>;
  /** A fresh item moved by the desk to `status`. */
  deskItem: (status: DeskStatus) => Promise<string>;
  /** An item in editing that the editor's saves keep there. */
  editingItem: string;
  editor2: string;
  /** The demo series 《晋中社情民意》, a draft issue and a signed one of it; fresh ones on demand. */
  series: string;
  newSeries: () => Promise<string>;
  draftIssue: string;
  signedIssue: string;
  /** A fresh draft, with one approved item when `filled`. */
  newDraft: (filled: boolean) => Promise<string>;
  newSigned: () => Promise<string>;
  /** 省政协《社情民意》; an adoption of `submittedItem` with an evidence file, a 批示 on it; fresh records on demand. */
  outlet: string;
  newReport: () => Promise<string>;
  adoption: string;
  newAdoption: () => Promise<string>;
  instruction: string;
  newInstruction: () => Promise<string>;
  instructionVersion: (id: string) => Promise<number>;
  /** A ledger import of 晋中市政协 (queued: no worker runs here). */
  ledgerImport: string;
  /** A quota of 民盟晋中市委会 and fresh ones on demand; a year no quota has yet. */
  quota: string;
  newQuota: () => Promise<string>;
  quotaVersion: (id: string) => Promise<number>;
  freeQuotaYear: () => number;
  /** A 统计通报 of 晋中市政协, queued (no worker runs here, so its files are not ready). */
  statsReport: string;
  /** A year no rule set of 晋中市政协 holds yet; a fresh rule set (version 1) in such a year. */
  freeYear: () => number;
  newRuleSet: () => Promise<string>;
  /** A fresh penalty on `submittedItem` (which has an adoption). */
  newPenalty: () => Promise<string>;
}

type DeskStatus = 'submitted' | 'screening' | 'editing' | 'in_review';
const DESK_STEPS: Record<DeskStatus, string[]> = { submitted: [], screening: ['screen'], editing: ['screen', 'accept'], in_review: ['screen', 'accept', 'propose'] };
const DESK_READERS: Who[] = ['editor', 'chiefEditor', 'analyst'];
const ITEM_READERS: Who[] = ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst'];

interface Row {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The route as Nest registers it. */
  route: string;
  path: (c: Context) => string | Promise<string>;
  body?: (c: Context) => object | Promise<object>;
  file?: () => Promise<Buffer>;
  expect: Record<Who, number>;
}

const all = (status: number, anonymous = 401): Record<Who, number> => ({
  anonymous,
  informant: status,
  unitAdmin: status,
  editor: status,
  chiefEditor: status,
  analyst: status,
  admin: status,
});
const only = (allowed: number, who: Who[]): Record<Who, number> =>
  Object.fromEntries(WHO.map((w) => [w, w === 'anonymous' ? 401 : who.includes(w) ? allowed : 403])) as Record<Who, number>;

const MATRIX: Row[] = [
  { method: 'post', route: '/api/v1/auth/login', path: () => '/api/v1/auth/login', body: (c) => ({ username: `nobody${c.unique()}`, password: 'x' }), expect: all(401, 401) },
  { method: 'post', route: '/api/v1/auth/refresh', path: () => '/api/v1/auth/refresh', body: () => ({ refreshToken: 'spent' }), expect: all(401, 401) },
  { method: 'post', route: '/api/v1/auth/logout', path: () => '/api/v1/auth/logout', expect: all(204) },
  { method: 'get', route: '/api/v1/auth/me', path: () => '/api/v1/auth/me', expect: all(200) },
  {
    method: 'put',
    route: '/api/v1/auth/password',
    path: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'not-my-password', newPassword: 'Whatever2026' }),
    expect: all(400), // reached the service: the wrong current password is refused there
  },
  { method: 'get', route: '/api/v1/notifications', path: () => '/api/v1/notifications', expect: all(200) },
  { method: 'get', route: '/api/v1/notifications/unread-count', path: () => '/api/v1/notifications/unread-count', expect: all(200) },
  { method: 'post', route: '/api/v1/notifications/read-all', path: () => '/api/v1/notifications/read-all', expect: all(204) },
  { method: 'post', route: '/api/v1/notifications/:id/read', path: () => '/api/v1/notifications/999999/read', expect: all(404) },
  { method: 'get', route: '/api/v1/organisations', path: () => '/api/v1/organisations', expect: all(200) },
  {
    method: 'get',
    route: '/api/v1/organisations/:id',
    path: (c) => `/api/v1/organisations/${c.org('晋中市政协')}`,
    expect: only(200, ['editor', 'chiefEditor', 'analyst', 'admin']),
  },
  {
    method: 'post',
    route: '/api/v1/organisations',
    path: () => '/api/v1/organisations',
    body: (c) => ({ name: `单位${c.unique()}`, kind: 'unit', parentId: c.org('晋中市政协') }),
    expect: only(201, ['admin']),
  },
  {
    method: 'patch',
    route: '/api/v1/organisations/:id',
    path: (c) => `/api/v1/organisations/${c.org('晋中市工商联')}`,
    body: () => ({ name: '晋中市工商联' }),
    expect: only(200, ['admin']),
  },
  {
    method: 'post',
    route: '/api/v1/organisations/:id/roster',
    path: (c) => `/api/v1/organisations/${c.org('民盟晋中市委会')}/roster`,
    file: () => rosterXlsx([['矩阵', '13700000001', '民盟晋中市委会', '特邀信息员']]),
    expect: only(201, ['unitAdmin', 'admin']),
  },
  { method: 'get', route: '/api/v1/users', path: () => '/api/v1/users', expect: only(200, ['unitAdmin', 'editor', 'chiefEditor', 'admin']) },
  {
    method: 'get',
    route: '/api/v1/users/:id',
    path: (c) => `/api/v1/users/${c.target}`,
    expect: only(200, ['unitAdmin', 'editor', 'chiefEditor', 'admin']),
  },
  {
    method: 'post',
    route: '/api/v1/users',
    path: () => '/api/v1/users',
    body: (c) => ({ username: `u${c.unique()}`, name: '矩阵', password: 'Matrix2026', roles: ['informant'], orgId: c.org('民盟晋中市委会') }),
    expect: only(201, ['unitAdmin', 'admin']),
  },
  {
    method: 'patch',
    route: '/api/v1/users/:id',
    path: (c) => `/api/v1/users/${c.target}`,
    body: () => ({ name: '矩阵目标' }),
    expect: only(200, ['unitAdmin', 'admin']),
  },
  {
    method: 'post',
    route: '/api/v1/users/:id/reset-password',
    path: (c) => `/api/v1/users/${c.target}/reset-password`,
    expect: only(201, ['unitAdmin', 'admin']),
  },
  { method: 'get', route: '/api/v1/categories', path: () => '/api/v1/categories', expect: all(200) },
  { method: 'get', route: '/api/v1/topics', path: () => '/api/v1/topics', expect: all(200) },
  {
    method: 'post',
    route: '/api/v1/topics',
    path: () => '/api/v1/topics',
    body: () => ({ title: '矩阵选题', opensOn: '2026-01-01', closesOn: '2099-12-31' }),
    expect: only(201, ['editor']),
  },
  { method: 'patch', route: '/api/v1/topics/:id', path: (c) => `/api/v1/topics/${c.topic}`, body: () => ({ description: '更新' }), expect: only(200, ['editor']) },
  { method: 'get', route: '/api/v1/commissions', path: () => '/api/v1/commissions', expect: only(200, ['informant', 'unitAdmin', 'editor', 'chiefEditor']) },
  {
    method: 'post',
    route: '/api/v1/commissions',
    path: () => '/api/v1/commissions',
    body: (c) => ({ title: '矩阵约稿', assigneeUnitId: c.org('民盟晋中市委会'), dueOn: '2099-01-31' }),
    expect: only(201, ['editor']),
  },
  { method: 'post', route: '/api/v1/commissions/:id/cancel', path: (c) => `/api/v1/commissions/${c.commission}/cancel`, expect: only(201, ['editor']) },
  { method: 'get', route: '/api/v1/items', path: () => '/api/v1/items', expect: only(200, ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst']) },
  {
    method: 'post',
    route: '/api/v1/items',
    path: () => '/api/v1/items',
    body: () => ({ title: '关于矩阵的建议', body: '正文' }),
    expect: only(201, ['informant', 'unitAdmin']),
  },
  {
    method: 'get',
    route: '/api/v1/items/:id',
    path: (c) => `/api/v1/items/${c.submittedItem}`,
    expect: only(200, ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst']),
  },
  {
    method: 'patch',
    route: '/api/v1/items/:id',
    path: (c) => `/api/v1/items/${c.draftItem}`,
    body: async (c) => ({ body: '新的正文', version: await c.itemVersion(c.draftItem) }),
    expect: only(200, ['informant', 'unitAdmin']),
  },
  { method: 'delete', route: '/api/v1/items/:id', path: async (c) => `/api/v1/items/${await c.newItem(false)}`, expect: only(204, ['informant', 'unitAdmin']) },
  { method: 'post', route: '/api/v1/items/:id/submit', path: async (c) => `/api/v1/items/${await c.newItem(false)}/submit`, expect: only(200, ['informant', 'unitAdmin']) },
  { method: 'post', route: '/api/v1/items/:id/withdraw', path: async (c) => `/api/v1/items/${await c.newItem(true)}/withdraw`, expect: only(200, ['informant', 'unitAdmin']) },
  {
    method: 'get',
    route: '/api/v1/items/:id/versions/:no',
    path: (c) => `/api/v1/items/${c.submittedItem}/versions/1`,
    expect: only(200, ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst']),
  },
  { method: 'get', route: '/api/v1/items/search', path: () => '/api/v1/items/search?q=矩阵', expect: only(200, ['editor', 'chiefEditor', 'analyst']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/attachments',
    path: (c) => `/api/v1/items/${c.draftItem}/attachments`,
    file: async () => Buffer.from('%PDF-1.4\n%%EOF\n'),
    expect: only(201, ['informant', 'unitAdmin']),
  },
  {
    method: 'get',
    route: '/api/v1/items/:id/attachments/:attachmentId',
    path: (c) => `/api/v1/items/${c.submittedItem}/attachments/${c.attachment}`,
    expect: only(200, ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst']),
  },
  {
    method: 'delete',
    route: '/api/v1/items/:id/attachments/:attachmentId',
    path: async (c) => `/api/v1/items/${c.draftItem}/attachments/${await c.newAttachment(c.draftItem)}`,
    expect: only(204, ['informant', 'unitAdmin']),
  },
  { method: 'post', route: '/api/v1/items/:id/screen', path: async (c) => `/api/v1/items/${await c.deskItem('submitted')}/screen`, expect: only(200, ['editor']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/assign',
    path: async (c) => `/api/v1/items/${await c.deskItem('screening')}/assign`,
    body: (c) => ({ assigneeId: c.editor2 }),
    expect: only(200, ['editor']),
  },
  { method: 'post', route: '/api/v1/items/:id/accept', path: async (c) => `/api/v1/items/${await c.deskItem('screening')}/accept`, expect: only(200, ['editor']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/return',
    path: async (c) => `/api/v1/items/${await c.deskItem('screening')}/return`,
    body: () => ({ comment: '请补充数据来源' }),
    expect: only(200, ['editor']),
  },
  {
    method: 'post',
    route: '/api/v1/items/:id/reject',
    path: async (c) => `/api/v1/items/${await c.deskItem('submitted')}/reject`,
    body: () => ({ reasonCode: 'petition' }),
    expect: only(200, ['editor']),
  },
  {
    method: 'put',
    route: '/api/v1/items/:id/text',
    path: (c) => `/api/v1/items/${c.editingItem}/text`,
    body: async (c) => ({ title: '关于矩阵的建议', body: `编辑后的正文${c.unique()}`, version: await c.itemVersion(c.editingItem) }),
    expect: only(200, ['editor']),
  },
  { method: 'post', route: '/api/v1/items/:id/propose', path: async (c) => `/api/v1/items/${await c.deskItem('editing')}/propose`, expect: only(200, ['editor']) },
  { method: 'post', route: '/api/v1/items/:id/approve', path: async (c) => `/api/v1/items/${await c.deskItem('in_review')}/approve`, expect: only(200, ['chiefEditor']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/send-back',
    path: async (c) => `/api/v1/items/${await c.deskItem('in_review')}/send-back`,
    body: () => ({ comment: '数据须核实' }),
    expect: only(200, ['chiefEditor']),
  },
  {
    method: 'post',
    route: '/api/v1/items/merge',
    path: () => '/api/v1/items/merge',
    body: async (c) => ({ itemIds: [await c.deskItem('submitted'), await c.deskItem('submitted')], title: '关于矩阵的综合建议', body: '综合后的正文' }),
    expect: only(201, ['editor']),
  },
  { method: 'get', route: '/api/v1/items/:id/diff', path: (c) => `/api/v1/items/${c.submittedItem}/diff`, expect: only(200, ITEM_READERS) },
  { method: 'get', route: '/api/v1/reject-reasons', path: () => '/api/v1/reject-reasons', expect: all(200) },
  { method: 'get', route: '/api/v1/desk/summary', path: () => '/api/v1/desk/summary', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/desk/items', path: () => '/api/v1/desk/items', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/desk/settings', path: () => '/api/v1/desk/settings', expect: all(200) },
  {
    method: 'put',
    route: '/api/v1/desk/settings',
    path: () => '/api/v1/desk/settings',
    body: () => ({ screeningReminderDays: 3, returnReminderDays: 7 }),
    expect: only(200, ['chiefEditor', 'admin']),
  },
  { method: 'get', route: '/api/v1/bulletin-series', path: () => '/api/v1/bulletin-series', expect: all(200) },
  { method: 'get', route: '/api/v1/bulletin-series/:id', path: (c) => `/api/v1/bulletin-series/${c.series}`, expect: all(200) },
  {
    method: 'post',
    route: '/api/v1/bulletin-series',
    path: () => '/api/v1/bulletin-series',
    body: (c) => ({ title: `矩阵刊物${c.unique()}`, issuingUnit: '政协晋中市委员会研究中心' }),
    expect: only(201, ['admin']),
  },
  { method: 'patch', route: '/api/v1/bulletin-series/:id', path: (c) => `/api/v1/bulletin-series/${c.series}`, body: () => ({ defaultCopies: 60 }), expect: only(200, ['admin']) },
  { method: 'delete', route: '/api/v1/bulletin-series/:id', path: async (c) => `/api/v1/bulletin-series/${await c.newSeries()}`, expect: only(204, ['admin']) },
  { method: 'get', route: '/api/v1/bulletin-series/:seriesId/issues', path: (c) => `/api/v1/bulletin-series/${c.series}/issues`, expect: only(200, DESK_READERS) },
  { method: 'post', route: '/api/v1/bulletin-series/:seriesId/issues', path: (c) => `/api/v1/bulletin-series/${c.series}/issues`, body: () => ({}), expect: only(201, ['editor']) },
  { method: 'get', route: '/api/v1/bulletin-candidates', path: () => '/api/v1/bulletin-candidates', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/bulletin-issues/:id', path: (c) => `/api/v1/bulletin-issues/${c.signedIssue}`, expect: only(200, DESK_READERS) },
  { method: 'patch', route: '/api/v1/bulletin-issues/:id', path: (c) => `/api/v1/bulletin-issues/${c.draftIssue}`, body: () => ({ copies: 40 }), expect: only(200, ['editor']) },
  { method: 'put', route: '/api/v1/bulletin-issues/:id/items', path: (c) => `/api/v1/bulletin-issues/${c.draftIssue}/items`, body: () => ({ items: [] }), expect: only(200, ['editor']) },
  { method: 'delete', route: '/api/v1/bulletin-issues/:id', path: async (c) => `/api/v1/bulletin-issues/${await c.newDraft(false)}`, expect: only(204, ['editor']) },
  { method: 'post', route: '/api/v1/bulletin-issues/:id/sign', path: async (c) => `/api/v1/bulletin-issues/${await c.newDraft(true)}/sign`, body: () => ({}), expect: only(200, ['chiefEditor']) },
  { method: 'post', route: '/api/v1/bulletin-issues/:id/publish', path: async (c) => `/api/v1/bulletin-issues/${await c.newSigned()}/publish`, expect: only(200, ['editor']) },
  { method: 'get', route: '/api/v1/bulletin-issues/:id/layout', path: (c) => `/api/v1/bulletin-issues/${c.signedIssue}/layout`, expect: only(200, DESK_READERS) },
  // No worker runs in this file, so the .docx is never ready: 409 shows the reader got past the access check.
  { method: 'get', route: '/api/v1/bulletin-issues/:id/document', path: (c) => `/api/v1/bulletin-issues/${c.signedIssue}/document`, expect: only(409, DESK_READERS) },
  { method: 'post', route: '/api/v1/bulletin-issues/:id/render', path: (c) => `/api/v1/bulletin-issues/${c.signedIssue}/render`, expect: only(202, ['editor']) },
  { method: 'get', route: '/api/v1/outlets', path: () => '/api/v1/outlets', expect: all(200) },
  { method: 'post', route: '/api/v1/outlets', path: () => '/api/v1/outlets', body: (c) => ({ name: `矩阵渠道${c.unique()}`, level: 'city' }), expect: only(201, ['admin']) },
  { method: 'patch', route: '/api/v1/outlets/:id', path: (c) => `/api/v1/outlets/${c.outlet}`, body: () => ({ position: 1 }), expect: only(200, ['admin']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/reports',
    path: async (c) => `/api/v1/items/${await c.newItem(true)}/reports`,
    body: (c) => ({ outletId: c.outlet, reportedOn: '2024-03-01' }),
    expect: only(201, ['editor']),
  },
  {
    method: 'post',
    route: '/api/v1/reports/bulk',
    path: () => '/api/v1/reports/bulk',
    body: async (c) => ({ itemIds: [await c.newItem(true)], outletId: c.outlet, reportedOn: '2024-03-02' }),
    expect: only(201, ['editor']),
  },
  { method: 'delete', route: '/api/v1/reports/:id', path: async (c) => `/api/v1/reports/${await c.newReport()}`, expect: only(204, ['editor']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/adoptions',
    path: (c) => `/api/v1/items/${c.submittedItem}/adoptions`,
    body: (c) => ({ level: 'province', kind: 'single_adoption', outletId: c.outlet, occurredOn: '2024-04-01' }),
    expect: only(201, ['editor']),
  },
  {
    method: 'post',
    route: '/api/v1/adoptions/bulk',
    path: () => '/api/v1/adoptions/bulk',
    body: (c) => ({ itemIds: [c.submittedItem], level: 'city', kind: 'media', outletName: '晋中日报', occurredOn: '2024-04-02' }),
    expect: only(201, ['editor']),
  },
  { method: 'put', route: '/api/v1/adoptions/:id/evidence', path: (c) => `/api/v1/adoptions/${c.adoption}/evidence`, file: async () => Buffer.from('%PDF-1.4\n%%EOF\n'), expect: only(200, ['editor']) },
  { method: 'get', route: '/api/v1/adoptions/:id/evidence', path: (c) => `/api/v1/adoptions/${c.adoption}/evidence`, expect: only(200, ITEM_READERS) },
  { method: 'delete', route: '/api/v1/adoptions/:id', path: async (c) => `/api/v1/adoptions/${await c.newAdoption()}`, expect: only(204, ['editor']) },
  // Authors (informant, unit liaison) see their items' outcomes; analysts read; administrators do not read items.
  { method: 'get', route: '/api/v1/items/:id/outcomes', path: (c) => `/api/v1/items/${c.submittedItem}/outcomes`, expect: only(200, ITEM_READERS) },
  { method: 'get', route: '/api/v1/instructions', path: () => '/api/v1/instructions', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/instructions/export', path: () => '/api/v1/instructions/export', expect: only(200, DESK_READERS) },
  {
    method: 'post',
    route: '/api/v1/items/:id/instructions',
    path: (c) => `/api/v1/items/${c.submittedItem}/instructions`,
    body: () => ({ leaderName: '矩阵领导', leaderLevel: 'city', instructedOn: '2024-05-01' }),
    expect: only(201, ['editor']),
  },
  {
    method: 'patch',
    route: '/api/v1/instructions/:id',
    path: (c) => `/api/v1/instructions/${c.instruction}`,
    body: async (c) => ({ version: await c.instructionVersion(c.instruction), text: '请研究落实' }),
    expect: only(200, ['editor']),
  },
  { method: 'delete', route: '/api/v1/instructions/:id', path: async (c) => `/api/v1/instructions/${await c.newInstruction()}`, expect: only(204, ['editor']) },
  // No worker runs here: the ledger stays queued, 202 shows the upload got past the access check.
  {
    method: 'post',
    route: '/api/v1/imports/ledger',
    path: () => '/api/v1/imports/ledger',
    file: () => ledgerXlsx([['矩阵1', '关于矩阵的建议', '张信息', '民盟晋中市委会', '2024-03-05']]),
    body: (c) => ({ orgId: c.org('晋中市政协') }),
    expect: only(202, ['editor']),
  },
  { method: 'get', route: '/api/v1/imports/:id', path: (c) => `/api/v1/imports/${c.ledgerImport}`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/imports', path: (c) => `/api/v1/imports?orgId=${c.org('晋中市政协')}`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/exports/ledger', path: (c) => `/api/v1/exports/ledger?orgId=${c.org('晋中市政协')}&year=2024`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/stats/summary', path: (c) => `/api/v1/stats/summary?orgId=${c.org('晋中市政协')}&year=2024`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/stats/units', path: (c) => `/api/v1/stats/units?orgId=${c.org('民盟晋中市委会')}`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/stats/export', path: (c) => `/api/v1/stats/export?orgId=${c.org('晋中市政协')}&year=2024`, expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/rankings', path: () => '/api/v1/rankings?year=2024', expect: only(200, DESK_READERS) },
  {
    method: 'get',
    route: '/api/v1/rankings/drilldown',
    path: (c) => `/api/v1/rankings/drilldown?subject=unit&subjectId=${c.org('民盟晋中市委会')}&year=2024`,
    expect: only(200, DESK_READERS),
  },
  { method: 'get', route: '/api/v1/rankings/export', path: () => '/api/v1/rankings/export?subject=unit&period=quarter&year=2024&quarter=1', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/quotas', path: () => '/api/v1/quotas?year=2024', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/quotas/export', path: () => '/api/v1/quotas/export?year=2024', expect: only(200, DESK_READERS) },
  {
    method: 'post',
    route: '/api/v1/quotas',
    path: () => '/api/v1/quotas',
    body: (c) => ({ subjectType: 'unit', subjectId: c.org('民盟晋中市委会'), grain: 'year', year: c.freeQuotaYear(), target: 24 }),
    expect: only(201, ['editor']),
  },
  {
    method: 'patch',
    route: '/api/v1/quotas/:id',
    path: (c) => `/api/v1/quotas/${c.quota}`,
    body: async (c) => ({ version: await c.quotaVersion(c.quota), target: 3 }),
    expect: only(200, ['editor']),
  },
  { method: 'delete', route: '/api/v1/quotas/:id', path: async (c) => `/api/v1/quotas/${await c.newQuota()}`, expect: only(204, ['editor']) },
  { method: 'get', route: '/api/v1/dashboard', path: () => '/api/v1/dashboard?year=2024', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/me/standing', path: () => '/api/v1/me/standing?year=2024', expect: only(200, ['informant', 'unitAdmin']) },
  // No worker runs here: 202 shows the request got past the access check; the report stays queued.
  { method: 'post', route: '/api/v1/stats-reports', path: () => '/api/v1/stats-reports', body: () => ({ grain: 'month', period: '2024-03' }), expect: only(202, ['editor', 'analyst']) },
  { method: 'get', route: '/api/v1/stats-reports', path: () => '/api/v1/stats-reports', expect: only(200, DESK_READERS) },
  { method: 'get', route: '/api/v1/stats-reports/:id', path: (c) => `/api/v1/stats-reports/${c.statsReport}`, expect: only(200, DESK_READERS) },
  // Reached the service: the queued report has no files yet.
  {
    method: 'get',
    route: '/api/v1/stats-reports/:id/document',
    path: (c) => `/api/v1/stats-reports/${c.statsReport}/document?format=docx`,
    expect: only(409, DESK_READERS),
  },
  // Scoring rules: admins write them; the desk reads them; everyone signed in reads the default table.
  { method: 'get', route: '/api/v1/scoring-rules', path: () => '/api/v1/scoring-rules', expect: only(200, [...DESK_READERS, 'admin']) },
  { method: 'get', route: '/api/v1/scoring-rules/default', path: () => '/api/v1/scoring-rules/default', expect: all(200) },
  {
    method: 'post',
    route: '/api/v1/scoring-rules',
    path: () => '/api/v1/scoring-rules',
    body: (c) => {
      const year = c.freeYear();
      return { name: '矩阵计分办法', validFrom: `${year}-01-01`, validTo: `${year}-12-31`, points: { single_adoption: { province: 5 } }, instructionPoints: { city: 10 } };
    },
    expect: only(201, ['admin']),
  },
  { method: 'patch', route: '/api/v1/scoring-rules/:id', path: async (c) => `/api/v1/scoring-rules/${await c.newRuleSet()}`, body: () => ({ version: 1, name: '矩阵改名' }), expect: only(200, ['admin']) },
  { method: 'delete', route: '/api/v1/scoring-rules/:id', path: async (c) => `/api/v1/scoring-rules/${await c.newRuleSet()}`, expect: only(204, ['admin']) },
  { method: 'post', route: '/api/v1/scoring/recompute', path: () => '/api/v1/scoring/recompute', body: () => ({}), expect: only(202, ['admin']) },
  {
    method: 'post',
    route: '/api/v1/items/:id/penalties',
    path: (c) => `/api/v1/items/${c.submittedItem}/penalties`,
    body: () => ({ reason: 'plagiarism', foundOn: '2024-06-01' }),
    expect: only(201, ['editor']),
  },
  { method: 'delete', route: '/api/v1/penalties/:id', path: async (c) => `/api/v1/penalties/${await c.newPenalty()}`, expect: only(204, ['editor']) },
  { method: 'get', route: '/health/live', path: () => '/health/live', expect: all(200, 200) },
  { method: 'get', route: '/health/ready', path: () => '/health/ready', expect: all(200, 200) },
  // Public; 503 here because no worker runs in this test to register the job schedulers.
  { method: 'get', route: '/health/schedules', path: () => '/health/schedules', expect: all(503, 503) },
];

/* ─── The committee above: 山西省政协's desk asked every row, on 晋中's things ─────────────── */

type Upper = 'upperEditor' | 'upperChief' | 'upperAnalyst';
/** The desk roles of 山西省政协 made for these tests, each with the 晋中 role whose permissions it holds. */
const UPPER: Record<Upper, { username: string; role: string; counterpart: Who }> = {
  upperEditor: { username: 'province-editor', role: 'editor', counterpart: 'editor' },
  upperChief: { username: 'province-chief', role: 'chief_editor', counterpart: 'chiefEditor' },
  upperAnalyst: { username: 'province-analyst', role: 'analyst', counterpart: 'analyst' },
};
interface Answer {
  status: number;
  code?: string;
}
const OUT_OF_SCOPE: Answer = { status: 403, code: 'OUT_OF_SCOPE' };
/**
 * Rows that do not act on one of 晋中's committee-owned things: personal routes, the caller's own
 * committee's lists, settings and new things, organisations and people (reached down the tree), and
 * aggregated figures of the subtree (年度统计, rankings and their drill-down, the dashboard), which are
 * meant for the committees above. There 山西省政协's role gets what 晋中's own role gets. On every other
 * row a role holding the permission is refused OUT_OF_SCOPE.
 */
const NOT_COMMITTEE_OWNED = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
  'PUT /api/v1/auth/password',
  'GET /api/v1/notifications',
  'GET /api/v1/notifications/unread-count',
  'POST /api/v1/notifications/read-all',
  'POST /api/v1/notifications/:id/read',
  'GET /api/v1/organisations',
  'GET /api/v1/organisations/:id',
  'GET /api/v1/users',
  'GET /api/v1/users/:id',
  'GET /api/v1/categories',
  'GET /api/v1/topics',
  'POST /api/v1/topics',
  'GET /api/v1/commissions',
  'GET /api/v1/items',
  'GET /api/v1/items/search',
  'GET /api/v1/reject-reasons',
  'GET /api/v1/desk/summary',
  'GET /api/v1/desk/items',
  'GET /api/v1/desk/settings',
  'PUT /api/v1/desk/settings',
  'GET /api/v1/bulletin-series',
  'GET /api/v1/bulletin-candidates',
  'GET /api/v1/outlets',
  'GET /api/v1/instructions',
  'GET /api/v1/instructions/export',
  'GET /api/v1/stats/summary',
  'GET /api/v1/stats/units',
  'GET /api/v1/stats/export',
  'GET /api/v1/rankings',
  'GET /api/v1/rankings/drilldown',
  'GET /api/v1/rankings/export',
  'GET /api/v1/quotas',
  'GET /api/v1/quotas/export',
  'GET /api/v1/dashboard',
  'POST /api/v1/stats-reports',
  'GET /api/v1/stats-reports',
  'GET /api/v1/scoring-rules',
  'GET /api/v1/scoring-rules/default',
  'GET /health/live',
  'GET /health/ready',
  'GET /health/schedules',
]);
/** Rows refused otherwise: the body names 晋中's things (refused naming the field), or the lookup is in the caller's committee. */
const UPPER_REFUSALS: Record<string, Partial<Record<Upper, Answer>>> = {
  'POST /api/v1/commissions': { upperEditor: { status: 422, code: 'INVALID_ASSIGNEE' } },
  'POST /api/v1/items/merge': { upperEditor: { status: 422, code: 'INVALID_REFERENCE' } },
  'GET /api/v1/bulletin-series/:id': Object.fromEntries((Object.keys(UPPER) as Upper[]).map((u) => [u, { status: 404, code: 'NOT_FOUND' }])),
};
function upperAnswer(row: Row, upper: Upper): Answer {
  const key = `${row.method.toUpperCase()} ${row.route}`;
  const own = row.expect[UPPER[upper].counterpart];
  if (UPPER_REFUSALS[key]?.[upper]) return UPPER_REFUSALS[key][upper]!;
  if (own === 403) return { status: 403, code: 'FORBIDDEN' };
  return NOT_COMMITTEE_OWNED.has(key) ? { status: own } : OUT_OF_SCOPE;
}
/** Requests that name 晋中 in the query or body where the rows above use the caller's own committee. */
const UPPER_NAMING_JINZHONG: (Pick<Row, 'method' | 'path' | 'body'> & { expect: Record<Upper, Answer> })[] = [
  { method: 'get', path: (c) => `/api/v1/quotas?committeeId=${c.org('晋中市政协')}&year=2024`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
  { method: 'get', path: (c) => `/api/v1/quotas/export?committeeId=${c.org('晋中市政协')}&year=2024`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
  { method: 'get', path: (c) => `/api/v1/stats-reports?committeeId=${c.org('晋中市政协')}`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
  {
    method: 'post',
    path: () => '/api/v1/stats-reports',
    body: (c) => ({ committeeId: c.org('晋中市政协'), grain: 'month', period: '2024-04' }),
    expect: { upperEditor: OUT_OF_SCOPE, upperChief: { status: 403, code: 'FORBIDDEN' }, upperAnalyst: OUT_OF_SCOPE },
  },
  { method: 'get', path: (c) => `/api/v1/instructions?orgId=${c.org('晋中市政协')}`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
  { method: 'get', path: (c) => `/api/v1/instructions/export?orgId=${c.org('民盟晋中市委会')}`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
  { method: 'get', path: (c) => `/api/v1/scoring-rules?committeeId=${c.org('晋中市政协')}`, expect: { upperEditor: OUT_OF_SCOPE, upperChief: OUT_OF_SCOPE, upperAnalyst: OUT_OF_SCOPE } },
];

/** A person of `organisation` with `roles` and the demo password (the demo admin cannot reach above 晋中). */
async function addAccount(t: TestApp, organisationId: string, username: string, roles: string[]): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO app_user (username, name, roles, password_hash, organisation_id)
     SELECT $1, $1, $2::text[], password_hash, $3 FROM app_user WHERE username = 'editor'`,
    [username, roles, organisationId],
  );
}
/* ─── end of the committee above ──────────────────────────────────────────────────────────────── */

/** Routes the Express router knows, as `METHOD path`. */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  return express.router.stack
    .filter((layer) => layer.route)
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}

describe('access matrix: every endpoint × every role', () => {
  let t: TestApp;
  let demo: DemoCommittee;
  let context: Context;
  const tokens = new Map<Who, string>();

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
    demo = await seedDemoCommitteeFull(t.dataSource);
    let counter = 0;
    const adminAuth = await signIn(t, 'admin', 'Demo@2026');
    const target = await request(t.url)
      .post('/api/v1/users')
      .set(adminAuth)
      .send({ username: 'matrix-target', name: '矩阵目标', password: 'Matrix2026', roles: ['informant'], orgId: demo.organisations['民盟晋中市委会'] })
      .expect(201);
    const informant = await signIn(t, 'informant', 'Demo@2026');
    const editor = await signIn(t, 'editor', 'Demo@2026');
    const newItem = async (submitted: boolean) => {
      const item = await request(t.url).post('/api/v1/items').set(informant).send({ title: '关于矩阵的建议', body: '情况、问题、建议。' }).expect(201);
      if (submitted) await request(t.url).post(`/api/v1/items/${item.body.id}/submit`).set(informant).expect(200);
      return item.body.id as string;
    };
    const deskItem = async (status: DeskStatus) => {
      const id = await newItem(true);
      for (const step of DESK_STEPS[status]) await request(t.url).post(`/api/v1/items/${id}/${step}`).set(editor).send({}).expect(200);
      return id;
    };
    const chief = await signIn(t, 'chief', 'Demo@2026');
    const admin = await signIn(t, 'admin', 'Demo@2026');
    const series = (await request(t.url).get('/api/v1/bulletin-series').set(editor).expect(200)).body[0].id as string;
    const approvedItem = async () => {
      const id = await deskItem('in_review');
      await request(t.url).post(`/api/v1/items/${id}/approve`).set(chief).send({}).expect(200);
      return id;
    };
    const newDraft = async (filled: boolean) =>
      (await request(t.url).post(`/api/v1/bulletin-series/${series}/issues`).set(editor).send({ items: filled ? [{ itemId: await approvedItem() }] : [] }).expect(201)).body.id as string;
    const newSigned = async () => {
      const id = await newDraft(true);
      await request(t.url).post(`/api/v1/bulletin-issues/${id}/sign`).set(chief).send({}).expect(200);
      return id;
    };
    const newSeries = async () =>
      (await request(t.url).post('/api/v1/bulletin-series').set(admin).send({ title: `矩阵待删${(counter += 1)}`, issuingUnit: '研究中心' }).expect(201)).body.id as string;
    const newAttachment = async (itemId: string) =>
      (await request(t.url).post(`/api/v1/items/${itemId}/attachments`).set(informant).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'a.pdf').expect(201)).body
        .id as string;
    const withAttachment = await newItem(false);
    const attachment = await newAttachment(withAttachment);
    await request(t.url).post(`/api/v1/items/${withAttachment}/submit`).set(informant).expect(200);
    const topic = await request(t.url).post('/api/v1/topics').set(editor).send({ title: '矩阵', opensOn: '2026-01-01', closesOn: '2099-12-31' }).expect(201);
    const commission = await request(t.url)
      .post('/api/v1/commissions')
      .set(editor)
      .send({ title: '矩阵', assigneeUnitId: demo.organisations['民盟晋中市委会'], dueOn: '2099-01-31' })
      .expect(201);
    const outlet = (await request(t.url).get('/api/v1/outlets').set(editor).expect(200)).body.find((o: { name: string }) => o.name === '省政协《社情民意》').id as string;
    const newReport = async () =>
      (await request(t.url).post(`/api/v1/items/${await newItem(true)}/reports`).set(editor).send({ outletId: outlet, reportedOn: '2024-03-03' }).expect(201)).body.id as string;
    const newAdoption = async () =>
      (await request(t.url).post(`/api/v1/items/${withAttachment}/adoptions`).set(editor).send({ level: 'province', kind: 'forwarded', outletId: outlet, occurredOn: '2024-04-03' }).expect(201))
        .body.id as string;
    const newInstruction = async () =>
      (await request(t.url).post(`/api/v1/items/${withAttachment}/instructions`).set(editor).send({ leaderName: '矩阵领导', leaderLevel: 'province', instructedOn: '2024-05-02' }).expect(201))
        .body.id as string;
    const adoption = await newAdoption();
    let ruleYear = 2200;
    const newRuleSet = async () => {
      ruleYear += 1;
      const body = { name: `矩阵计分办法${ruleYear}`, validFrom: `${ruleYear}-01-01`, validTo: `${ruleYear}-12-31`, points: {}, instructionPoints: {} };
      return (await request(t.url).post('/api/v1/scoring-rules').set(admin).send(body).expect(201)).body.id as string;
    };
    const newPenalty = async () =>
      (await request(t.url).post(`/api/v1/items/${withAttachment}/penalties`).set(editor).send({ reason: 'plagiarism', foundOn: '2024-06-02' }).expect(201)).body.id as string;
    await request(t.url).put(`/api/v1/adoptions/${adoption}/evidence`).set(editor).attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), 'a.pdf').expect(200);
    let quotaYear = 2040;
    const newQuota = async () =>
      (
        await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO quota (committee_id, subject_type, subject_id, grain, year, target, version) VALUES ($1, 'unit', $2, 'month', $3, 2, 1) RETURNING id`,
          [demo.organisations['晋中市政协'], demo.organisations['民盟晋中市委会'], (quotaYear += 1)],
        )
      )[0].id;
    context = {
      org: (name) => demo.organisations[name],
      target: target.body.id,
      unique: () => `${Date.now()}${(counter += 1)}`,
      submittedItem: withAttachment,
      attachment,
      newAttachment,
      draftItem: await newItem(false),
      newItem,
      itemVersion: async (id) => (await t.dataSource.query<{ version: number }[]>('SELECT version FROM item WHERE id = $1', [id]))[0].version,
      topic: topic.body.id,
      commission: commission.body.id,
      deskItem,
      editingItem: await deskItem('editing'),
      editor2: (await request(t.url).get('/api/v1/auth/me').set(await signIn(t, 'editor2', 'Demo@2026'))).body.id,
      series,
      newSeries,
      draftIssue: await newDraft(false),
      signedIssue: await newSigned(),
      newDraft,
      newSigned,
      outlet,
      newReport,
      adoption,
      newAdoption,
      instruction: await newInstruction(),
      newInstruction,
      instructionVersion: async (id) => (await t.dataSource.query<{ version: number }[]>('SELECT version FROM leader_instruction WHERE id = $1', [id]))[0].version,
      ledgerImport: (
        await request(t.url)
          .post('/api/v1/imports/ledger')
          .set(editor)
          .field('orgId', demo.organisations['晋中市政协'])
          .attach('file', await ledgerXlsx([['矩阵0', '关于矩阵的建议', '张信息', '民盟晋中市委会', '2024-03-05']]), 'ledger.xlsx')
          .expect(202)
      ).body.id,
      quota: await newQuota(),
      newQuota,
      quotaVersion: async (id) => (await t.dataSource.query<{ version: number }[]>('SELECT version FROM quota WHERE id = $1', [id]))[0].version,
      freeQuotaYear: () => (quotaYear += 1),
      statsReport: (
        await t.dataSource.query<{ id: string }[]>(`INSERT INTO stats_report (committee_id, grain, period_start) VALUES ($1, 'quarter', '2024-01-01') RETURNING id`, [
          demo.organisations['晋中市政协'],
        ])
      )[0].id,
      freeYear: () => (ruleYear += 1),
      newRuleSet,
      newPenalty,
    };
  });
  afterAll(() => t.close());

  it('covers every route the API registers', () => {
    const covered = new Set(MATRIX.map((row) => `${row.method.toUpperCase()} ${row.route}`));
    const missing = registeredRoutes(t).filter((route) => /^\w+ \/(api\/v1|health)\//.test(route) && !covered.has(route));
    expect(missing).toEqual([]);
  });

  describe.each(WHO)('%s', (who) => {
    beforeAll(async () => {
      if (who !== 'anonymous') {
        const account = demo.accounts[who];
        tokens.set(who, (await signIn(t, account.username, account.password)).Authorization);
      }
    });

    it.each(MATRIX.map((row) => [`${row.method.toUpperCase()} ${row.route}`, row] as const))('%s', async (_, row) => {
      // Sign in afresh for logout, so the other rows keep a live session.
      const authorization = who === 'anonymous' ? undefined : row.route.endsWith('/logout') ? (await signIn(t, demo.accounts[who].username, demo.accounts[who].password)).Authorization : tokens.get(who);
      let call = request(t.url)[row.method](await row.path(context));
      if (authorization) call = call.set('Authorization', authorization);
      if (row.file) {
        const file = await row.file();
        call = call.attach('file', file, file.subarray(0, 4).toString() === '%PDF' ? 'file.pdf' : 'roster.xlsx');
        for (const [name, value] of Object.entries(row.body ? await row.body(context) : {})) call = call.field(name, String(value));
      }
      else if (row.body) call = call.send(await row.body(context));
      const response = await call;
      expect({ status: response.status, code: response.body?.code }).toEqual(expect.objectContaining({ status: row.expect[who] }));
    });
  });

  /* ─── The committee above ─── */
  describe.each(Object.keys(UPPER) as Upper[])('%s of 山西省政协', (upper) => {
    let authorization: string;
    beforeAll(async () => {
      await addAccount(t, demo.organisations['山西省政协'], UPPER[upper].username, [UPPER[upper].role]);
      authorization = (await signIn(t, UPPER[upper].username, 'Demo@2026')).Authorization;
    });

    it.each(MATRIX.map((row) => [`${row.method.toUpperCase()} ${row.route}`, row] as const))('%s', async (_, row) => {
      const fresh = row.route.endsWith('/logout') ? (await signIn(t, UPPER[upper].username, 'Demo@2026')).Authorization : authorization;
      let call = request(t.url)[row.method](await row.path(context));
      if (!row.route.startsWith('/health')) call = call.set('Authorization', fresh);
      if (row.file) {
        const file = await row.file();
        call = call.attach('file', file, file.subarray(0, 4).toString() === '%PDF' ? 'file.pdf' : 'roster.xlsx');
        for (const [name, value] of Object.entries(row.body ? await row.body(context) : {})) call = call.field(name, String(value));
      } else if (row.body) call = call.send(await row.body(context));
      const response = await call;
      const expected = upperAnswer(row, upper);
      expect({ status: response.status, code: response.body?.code }).toEqual(expect.objectContaining(expected.code ? expected : { status: expected.status }));
    });

    it.each(UPPER_NAMING_JINZHONG.map((row, index) => [index, row] as const))('naming 晋中 in the request (%s)', async (_, row) => {
      let call = request(t.url)[row.method](await row.path(context)).set('Authorization', authorization);
      if (row.body) call = call.send(await row.body(context));
      const response = await call;
      expect({ status: response.status, code: response.body?.code }).toEqual(row.expect[upper]);
    });

    it("lists show none of 晋中's desk", async () => {
      const get = async (path: string) => (await request(t.url).get(path).set('Authorization', authorization).expect(200)).body;
      const jinzhongItems = new Set(
        (await t.dataSource.query<{ id: string }[]>('SELECT id FROM item WHERE committee_id = $1', [demo.organisations['晋中市政协']])).map((r) => r.id),
      );
      expect(jinzhongItems.size).toBeGreaterThan(0);
      const seen = [
        ...(await get('/api/v1/items?pageSize=100')).items,
        ...(await get('/api/v1/items/search?q=矩阵')).items,
        ...(await get('/api/v1/desk/items')).items,
        ...(await get('/api/v1/bulletin-candidates')),
      ].map((entry: { id?: string; item?: { id: string } }) => entry.item?.id ?? entry.id);
      expect(seen.filter((id) => jinzhongItems.has(id!))).toEqual([]);
      if (upper !== 'upperAnalyst') expect(await get('/api/v1/commissions')).toEqual([]);
      expect(await get('/api/v1/topics')).not.toContainEqual(expect.objectContaining({ id: context.topic }));
    });
  });

  it("晋中's editor does not reach the desk of 榆次区政协 below, nor 榆次's editor 晋中's", async () => {
    await addAccount(t, demo.organisations['榆次区政协'], 'county-editor', ['editor']);
    const county = await signIn(t, 'county-editor', 'Demo@2026');
    const editor = await signIn(t, 'editor', 'Demo@2026');
    const countyTopic = (await request(t.url).post('/api/v1/topics').set(county).send({ title: '榆次选题', opensOn: '2026-01-01', closesOn: '2099-12-31' }).expect(201)).body.id;
    const refusals = [
      await request(t.url).patch(`/api/v1/topics/${countyTopic}`).set(editor).send({ title: '市里改的' }),
      await request(t.url).patch(`/api/v1/topics/${context.topic}`).set(county).send({ title: '县里改的' }),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'OUT_OF_SCOPE'],
      [403, 'OUT_OF_SCOPE'],
    ]);
    expect((await t.dataSource.query('SELECT title FROM topic WHERE id = $1', [countyTopic]))[0].title).toBe('榆次选题');
  });
  /* ─── end of the committee above ─── */

  it('Bull Board at /admin/queues is for administrators only', async () => {
    const cookieOf = async (who: Who) => {
      const account = demo.accounts[who];
      const login = await request(t.url).post('/api/v1/auth/login').send({ username: account.username, password: account.password });
      return (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    };
    const anonymous = await request(t.url).get('/admin/queues').set('Accept', 'text/html');
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.location).toBe('/login?next=/admin/queues');
    for (const who of ['informant', 'unitAdmin', 'editor', 'chiefEditor', 'analyst'] as Who[]) {
      await request(t.url).get('/admin/queues/api/queues').set('Cookie', await cookieOf(who)).set('Accept', 'application/json').expect(403);
    }
    const asAdmin = await request(t.url).get('/admin/queues/api/queues').set('Cookie', await cookieOf('admin')).set('Accept', 'application/json').expect(200);
    expect(asAdmin.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['bulletins', 'desk', 'intake', 'ledger', 'notifications', 'scoring', 'stats-reports']);
  });

  it('OpenAPI documents the API at /api/docs', async () => {
    const spec = await request(t.url).get('/api/docs-json').expect(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/organisations/{id}/roster']));
    await request(t.url).get('/api/docs').expect(200);
  });
});

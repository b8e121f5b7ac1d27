import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LibGraph, readLibGraph } from './lib-graph';
import { createdTables, readLibSources, SourceFile } from './table-access';
import { findTableViolations, TABLE_OWNERS } from './table-owners';

const LIBS = join(__dirname, '../../..');
const MIGRATIONS = join(__dirname, '../migrations');

/**
 * The one known violation, pending: the ledger import and the desk's merge still insert items, their authors,
 * first versions and events themselves. Issue 13 gives libs/items one item writer for create, merge and the
 * ledger import (another branch); when it is merged, this list is emptied — the test fails while it names a
 * violation that is gone.
 */
const PENDING: string[] = [
  'desk writes item, which items owns: libs/desk/src/merging/merge.service.ts',
  'desk writes item_author, which items owns: libs/desk/src/merging/merge.service.ts',
  'desk writes item_event, which items owns: libs/desk/src/merging/merge.service.ts',
  'desk writes item_version, which items owns: libs/desk/src/merging/merge.service.ts',
  'ledger writes item, which items owns: libs/ledger/src/imports/ledger-writer.ts',
  'ledger writes item_author, which items owns: libs/ledger/src/imports/ledger-writer.ts',
  'ledger writes item_event, which items owns: libs/ledger/src/imports/ledger-writer.ts',
  'ledger writes item_version, which items owns: libs/ledger/src/imports/ledger-writer.ts',
];

const graphOf = (edges: Record<string, string[]>): LibGraph => new Map(Object.entries(edges).map(([lib, deps]) => [lib, new Set(deps)]));
const sourcesOf = (files: Record<string, string>): Map<string, SourceFile[]> =>
  new Map(Object.entries(files).map(([lib, text]) => [lib, [{ path: `libs/${lib}/src/synthetic.ts`, text }]]));

describe('the owner of each table', () => {
  it('is listed for every table the migrations create, and only for those', () => {
    const created = createdTables(readdirSync(MIGRATIONS).filter((name) => /^\d+-.+\.ts$/.test(name)).map((name) => readFileSync(join(MIGRATIONS, name), 'utf8')));
    expect(created.length).toBeGreaterThan(30);
    expect([...created].sort()).toEqual(Object.keys(TABLE_OWNERS).sort());
  });

  it('finds a write of a table another lib owns and a read against the imports in synthetic sources', () => {
    const sources = sourcesOf({
      bulletins: `@Entity('bulletin_issue') export class BulletinIssue {}`,
      outcomes: `await manager.query('SELECT bi.year FROM bulletin_issue bi JOIN item i ON i.id = bi.item_id');`,
      ledger: `await manager.query('INSERT INTO bulletin_issue (id) VALUES ($1) ON CONFLICT DO NOTHING');`,
      desk: `await this.dataSource.getRepository(BulletinIssue).save(issue);`,
      items: `await manager.query('UPDATE item SET title = $1 WHERE id = $2 FOR UPDATE');`,
      scoring: `const repository = manager.getRepository(BulletinIssue);\nawait repository.delete({ id });`,
    });
    const graph = graphOf({ bulletins: ['outcomes', 'items'], outcomes: ['items'], ledger: ['bulletins'], desk: ['bulletins'], items: [], scoring: ['bulletins'] });
    expect(findTableViolations(sources, graph, TABLE_OWNERS)).toEqual([
      'outcomes reads bulletin_issue of bulletins, which it does not import: libs/outcomes/src/synthetic.ts',
      'ledger writes bulletin_issue, which bulletins owns: libs/ledger/src/synthetic.ts',
      'desk writes bulletin_issue, which bulletins owns: libs/desk/src/synthetic.ts',
      'scoring writes bulletin_issue, which bulletins owns: libs/scoring/src/synthetic.ts',
    ]);
  });

  it('is the only lib of this repository that writes it, and others read it only along their imports', () => {
    const sources = readLibSources(LIBS);
    sources.delete('schema');
    const violations = findTableViolations(sources, readLibGraph(LIBS), TABLE_OWNERS);
    expect(violations.sort()).toEqual([...PENDING].sort());
  });
});

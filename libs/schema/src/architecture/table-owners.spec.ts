import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LibGraph, readLibGraph } from './lib-graph';
import { createdTables, readLibSources, SourceFile } from './table-access';
import { findTableViolations, TABLE_OWNERS } from './table-owners';

const LIBS = join(__dirname, '../../..');
const MIGRATIONS = join(__dirname, '../migrations');

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
    expect(violations).toEqual([]);
  });
});

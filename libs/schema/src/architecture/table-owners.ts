import { LibGraph } from './lib-graph';
import { entityTables, SourceFile, tableAccess } from './table-access';

/**
 * Every table and the one lib that owns it: the only lib that writes it. Another lib that needs to change such a
 * table calls the owner's writer; a lib reads another's table only when it imports that lib (directly or through
 * others), so data follows the import graph and has no cycle either.
 */
export const TABLE_OWNERS: Record<string, string> = {
  organisation: 'accounts',
  app_user: 'accounts',
  auth_session: 'accounts',
  login_attempt: 'accounts',

  outbox_message: 'queue',
  job_schedule_run: 'queue',

  notification: 'notifications',

  category: 'items',
  reject_reason: 'items',
  topic: 'items',
  commission: 'items',
  item: 'items',
  item_author: 'items',
  item_version: 'items',
  item_event: 'items',
  idempotency_key: 'items',
  attachment: 'items',
  item_similarity: 'items',
  item_search: 'items',

  desk_settings: 'desk',
  item_reminder: 'desk',

  bulletin_series: 'bulletins',
  bulletin_counter: 'bulletins',
  bulletin_issue: 'bulletins',
  bulletin_issue_item: 'bulletins',

  adoption_event: 'outcomes',
  outlet: 'outcomes',
  item_report: 'outcomes',
  leader_instruction: 'outcomes',

  ledger_import: 'ledger',

  scoring_rule_set: 'scoring',
  score_penalty: 'scoring',
  score_line: 'scoring',
  item_score_fact: 'scoring',
  score_tally: 'scoring',
  org_year_tally: 'scoring',
  quota: 'scoring',
  stats_report: 'scoring',
};

/** The libs `lib` imports, directly or through others. */
function reachable(graph: LibGraph, lib: string): Set<string> {
  const seen = new Set<string>();
  const visit = (from: string) => {
    for (const dep of graph.get(from) ?? []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        visit(dep);
      }
    }
  };
  visit(lib);
  return seen;
}

/**
 * Each write of a table another lib owns, and each read of a table of a lib the reader does not import, as one
 * line naming the lib, the table, its owner and the file.
 */
export function findTableViolations(sources: Map<string, SourceFile[]>, graph: LibGraph, owners: Record<string, string>): string[] {
  const tableOf = entityTables([...sources.values()].flat());
  const known = new Set(Object.keys(owners));
  const violations: string[] = [];
  for (const [lib, files] of sources) {
    const imported = reachable(graph, lib);
    for (const file of files) {
      const { reads, writes } = tableAccess(file.text, tableOf, known);
      for (const table of writes) {
        if (owners[table] !== lib) violations.push(`${lib} writes ${table}, which ${owners[table]} owns: ${file.path}`);
      }
      for (const table of reads) {
        const owner = owners[table];
        if (owner !== lib && !imported.has(owner)) violations.push(`${lib} reads ${table} of ${owner}, which it does not import: ${file.path}`);
      }
    }
  }
  return violations;
}

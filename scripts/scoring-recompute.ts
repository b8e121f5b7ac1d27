/**
 * The full recompute of scores and figures (计分与统计全量重算): every score line and item fact from
 * the events, then every tally by GROUP BY — the same as POST /scoring/recompute, run here and now.
 *
 *   npm run scoring:recompute                      # every committee
 *   npm run scoring:recompute -- <committeeId>     # one committee's items
 *
 * DATABASE_URL selects the database (default postgres://postgres@127.0.0.1:5432/sqmy).
 */
import 'reflect-metadata';
import { ScoringRecompute } from '@sqmy/scoring';
import dataSource from '../libs/schema/src/data-source';

async function main(): Promise<void> {
  const committeeId = process.argv[2] ?? null;
  await dataSource.initialize();
  try {
    const t = await ScoringRecompute.recomputeAll(dataSource, { committeeId });
    console.log(`重算完成：${t.items} 篇稿件，${t.lines} 条计分明细；计分 ${t.scoringMs} ms，汇总 ${t.talliesMs} ms，共 ${t.totalMs} ms`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

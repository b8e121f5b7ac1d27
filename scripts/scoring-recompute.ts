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
import { dataSourceOptions } from '@sqmy/database';
import { ENTITIES, MIGRATIONS } from '@sqmy/schema';
import { ScoringRecompute } from '@sqmy/scoring';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const committeeId = process.argv[2] ?? null;
  const dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sqmy', ENTITIES, MIGRATIONS, 2)).initialize();
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

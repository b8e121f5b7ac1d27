/**
 * Writes the seed-year ledgers (台账) under test/fixtures/ledgers/: 晋中 2024, 长治 2023, 太原 2022,
 * generated with a fixed seed so that the same files come out every time. Their import reproduces
 * the figures of DESIGN.md (test/e2e/ledger-fixtures.e2e-spec.ts checks it).
 *
 *   npm run fixtures:ledgers
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSeedLedger, SEED_YEARS, toCsv } from '@sqmy/ledger';

const dir = resolve(__dirname, '../test/fixtures/ledgers');
for (const spec of SEED_YEARS) {
  const rows = buildSeedLedger(spec);
  writeFileSync(join(dir, spec.file), toCsv(rows));
  console.log(`${spec.file}: ${rows.length - 1} 行`);
}

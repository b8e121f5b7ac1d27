export { LedgerImport } from './ledger-import.entity';
export { LEDGER_COLUMNS } from './format/ledger-columns';
export { buildSeedLedger, toCsv, prng, LEDGER_FIXTURE_SEED } from './fixtures/seed-years';
export { SEED_YEARS, SeedYearSpec } from './fixtures/seed-year-specs';
export { LedgerModule, LedgerWorkerModule } from './ledger.module';

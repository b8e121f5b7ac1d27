export { LedgerImport, LedgerImportStatus, LedgerRowError } from './ledger-import.entity';

/** Where a record came from: recorded here, or imported from an office's ledger (台账). Persisted. */
export enum RecordSource {
  Native = 'native',
  Ledger = 'ledger',
}

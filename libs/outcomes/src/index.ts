export { AdoptionEvent, AdoptionEvidence } from './adoption-event.entity';
export { Outlet } from './outlets/outlet.entity';
export { ItemReport } from './reports/item-report.entity';
export { LeaderInstruction } from './instructions/leader-instruction.entity';
export { OutcomesModule } from './outcomes.module';
export { ItemRecords, readItemRecords } from './item-records';
export { CompiledEvents, insertCompiledEvents, redateCompiledEvents } from './adoptions/compiled-events';
export { insertAdoptions, insertInstructions, insertReports, RecordedBy } from './recording/imported-records';
export { instructionStatus } from './instructions/instruction-rules';

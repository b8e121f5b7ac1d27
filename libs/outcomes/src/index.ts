export { AdoptionKind, AdoptionLevel, ADOPTION_KIND_LABELS, ADOPTION_LEVEL_LABELS } from './adoption';
export { AdoptionEvent, AdoptionEvidence } from './adoption-event.entity';
export { RecordSource } from './record-source';
export { Outlet } from './outlets/outlet.entity';
export { ItemReport } from './reports/item-report.entity';
export { LeaderInstruction } from './instructions/leader-instruction.entity';
export { InstructionStatus, INSTRUCTION_STATUS_LABELS, LeaderLevel, LEADER_LEVEL_LABELS } from './instructions/leader-level';
export { OutcomesModule } from './outcomes.module';
export { instructionStatus } from './instructions/instruction-rules';

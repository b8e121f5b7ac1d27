import { DataSource, EntityManager } from 'typeorm';
import { AdoptionView, readAdoptions } from './adoptions/adoption.view';
import { InstructionView, readInstructions } from './instructions/instruction.view';
import { readReports, ReportView } from './reports/report.view';

/** What outcomes recorded of one item, each list oldest first. */
export interface ItemRecords {
  reports: ReportView[];
  adoptions: AdoptionView[];
  instructions: InstructionView[];
}

/** The reports, adoptions and 批示 of one item, oldest first. */
export async function readItemRecords(on: DataSource | EntityManager, itemId: string): Promise<ItemRecords> {
  const [reports, adoptions, instructions] = await Promise.all([readReports(on, { itemId }), readAdoptions(on, { itemId }), readInstructions(on, { itemId })]);
  return { reports, adoptions, instructions };
}

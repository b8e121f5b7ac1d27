import { AdoptionView, InstructionView, ReportView } from '@sqmy/contract';
import { DataSource, EntityManager } from 'typeorm';
import { readAdoptions } from './adoptions/adoption-reader';
import { readInstructions } from './instructions/instruction-reader';
import { readReports } from './reports/report-reader';

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

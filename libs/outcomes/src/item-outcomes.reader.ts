import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdoptionView, readAdoptions } from './adoptions/adoption.view';
import { InstructionView, readInstructions } from './instructions/instruction.view';
import { readReports, ReportView } from './reports/report.view';

export interface ItemOutcomes {
  reports: ReportView[];
  adoptions: AdoptionView[];
  instructions: InstructionView[];
}

/** Everything that came of one item, each list oldest first: what its authors see on their item's page. */
@Injectable()
export class ItemOutcomesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(itemId: string): Promise<ItemOutcomes> {
    const [reports, adoptions, instructions] = await Promise.all([
      readReports(this.dataSource, { itemId }),
      readAdoptions(this.dataSource, { itemId }),
      readInstructions(this.dataSource, { itemId }),
    ]);
    return { reports, adoptions, instructions };
  }
}

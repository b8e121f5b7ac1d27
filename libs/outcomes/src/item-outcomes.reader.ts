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
  /** Penalties (扣分) recorded by libs/scoring, oldest first. */
  penalties: { id: string; itemId: string; reason: string; foundOn: string; note: string | null; createdAt: Date }[];
}

/** Everything that came of one item, each list oldest first: what its authors see on their item's page. */
@Injectable()
export class ItemOutcomesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(itemId: string): Promise<ItemOutcomes> {
    const [reports, adoptions, instructions, penalties] = await Promise.all([
      readReports(this.dataSource, { itemId }),
      readAdoptions(this.dataSource, { itemId }),
      readInstructions(this.dataSource, { itemId }),
      this.dataSource.query<ItemOutcomes['penalties']>(
        `SELECT id, item_id AS "itemId", reason, found_on::text AS "foundOn", note, created_at AS "createdAt" FROM score_penalty WHERE item_id = $1 ORDER BY found_on, created_at`,
        [itemId],
      ),
    ]);
    return { reports, adoptions, instructions, penalties };
  }
}

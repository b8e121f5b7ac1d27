import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ItemOutcomes } from '@sqmy/contract';
import { DataSource } from 'typeorm';
import { readAdoptions } from './adoptions/adoption-reader';
import { readInstructions } from './instructions/instruction-reader';
import { readReports } from './reports/report-reader';

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

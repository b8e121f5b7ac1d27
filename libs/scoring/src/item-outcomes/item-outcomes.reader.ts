import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ItemOutcomes } from '@sqmy/contract';
import { readItemRecords } from '@sqmy/outcomes';
import { DataSource } from 'typeorm';

/** Everything that came of one item, each list oldest first: what its authors see on their item's page. */
@Injectable()
export class ItemOutcomesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(itemId: string): Promise<ItemOutcomes> {
    const [records, penalties] = await Promise.all([
      readItemRecords(this.dataSource, itemId),
      this.dataSource.query<ItemOutcomes['penalties']>(
        `SELECT id, item_id AS "itemId", reason, found_on::text AS "foundOn", note, created_at AS "createdAt" FROM score_penalty WHERE item_id = $1 ORDER BY found_on, created_at`,
        [itemId],
      ),
    ]);
    return { ...records, penalties };
  }
}

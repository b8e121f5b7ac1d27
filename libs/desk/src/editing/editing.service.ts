import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { ItemAction, ItemView, VersionDiff, VersionRef } from '@sqmy/contract';
import { AppError } from '@sqmy/http';
import { ItemReader, ItemTransitionsService, ItemVersion } from '@sqmy/items';
import { DataSource } from 'typeorm';
import { DiffQuery, EditTextDto } from './dto/edit-text.dto';
import { diffVersions } from './version-diff';

/** Editing: every save a new full version; any two versions compared by character. */
@Injectable()
export class EditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ItemTransitionsService,
    private readonly reader: ItemReader,
  ) {}

  saveText(principal: Principal, id: string, dto: EditTextDto): Promise<ItemView> {
    return this.transitions.apply(principal, id, ItemAction.Edit, dto, {
      effect: async (_, item) => {
        item.title = dto.title;
        item.body = dto.body;
      },
    });
  }

  /** `from` and `to` default to the previous and the latest version. Anyone who may read the item may compare, its authors too. */
  async diff(principal: Principal, id: string, query: DiffQuery): Promise<VersionDiff> {
    const { versionNo } = await this.reader.get(principal, id); // drafts stay with their authors
    if (versionNo === 0) throw AppError.notFound('该稿件的版本');
    const toNo = query.to ?? versionNo;
    const fromNo = query.from ?? Math.max(1, toNo - 1);
    const [from, to] = await Promise.all([this.version(id, fromNo, 'from'), this.version(id, toNo, 'to')]);
    const strip = ({ no, createdAt, createdBy }: VersionRef) => ({ no, createdAt, createdBy });
    return { from: strip(from), to: strip(to), ...diffVersions(from, to) };
  }

  private async version(itemId: string, no: number, field: string): Promise<VersionRef & Pick<ItemVersion, 'title' | 'body'>> {
    const [row] = await this.dataSource.query<(VersionRef & Pick<ItemVersion, 'title' | 'body'>)[]>(
      `SELECT v.no, v.title, v.body, v.created_at AS "createdAt", u.name AS "createdBy"
         FROM item_version v JOIN app_user u ON u.id = v.created_by_id WHERE v.item_id = $1 AND v.no = $2`,
      [itemId, no],
    );
    if (!row) throw AppError.notFound(`第 ${no} 版`, field);
    return row;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { OutboxService, refreshScores } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { DataSource, EntityManager } from 'typeorm';
import { ADOPTION_KIND_LABELS, AdoptionKind, AdoptionView, ErrorCode } from '@sqmy/contract';
import { AdoptionEvent } from '../adoption-event.entity';
import { activeOutlet } from '../outlets/active-outlet';
import { authorNotices } from '../recording/author-notices';
import { lockRecordableItems } from '../recording/recordable-items';
import { lockAdoption } from './adoption-lock';
import { readAdoptions } from './adoption-reader';
import { BulkAdoptionDto, CreateAdoptionDto } from './dto/adoption.dto';

/** Kinds an editor does not record here, and where they come from. */
const NOT_RECORDABLE: Partial<Record<AdoptionKind, string>> = {
  [AdoptionKind.Compiled]: '编发由印发本委员会的期刊（或导入台账）自动产生',
  [AdoptionKind.LeaderInstruction]: '领导批示请在批示登记中登记',
};

function assertRecordable(kind: AdoptionKind, verb: string): void {
  const origin = NOT_RECORDABLE[kind];
  if (origin) throw AppError.unprocessable(ErrorCode.KindNotRecordable, `不能${verb}“${ADOPTION_KIND_LABELS[kind]}”：${origin}`, [{ field: 'kind', message: origin }]);
}

/**
 * Adoption events (采用…部门反馈、媒体刊发) an editor records: one item or several at once, all or
 * nothing; the authors are told through the outbox with the same commit.
 */
@Injectable()
export class AdoptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly storage: FileStorage,
  ) {}

  async create(principal: Principal, itemId: string, dto: CreateAdoptionDto): Promise<AdoptionView> {
    return (await this.record(principal, [itemId], dto, 'id'))[0];
  }

  bulk(principal: Principal, { itemIds, ...dto }: BulkAdoptionDto): Promise<AdoptionView[]> {
    return this.record(principal, itemIds, dto, 'itemIds');
  }

  /** Deletes a mistaken entry, then its evidence file (once the row is gone for good). */
  async remove(principal: Principal, id: string): Promise<void> {
    const evidenceKey = await this.dataSource.transaction(async (manager) => {
      const event = await lockAdoption(manager, principal, id);
      if (event.kind === AdoptionKind.Compiled) {
        throw AppError.conflict(ErrorCode.KindNotRecordable, '编发记录随期刊印发产生，不能删除', [{ field: 'kind', message: NOT_RECORDABLE[AdoptionKind.Compiled]! }]);
      }
      await manager.delete(AdoptionEvent, { id });
      await this.outbox.add(manager, ...refreshScores([event.itemId]));
      return event.evidence?.storageKey ?? null;
    });
    if (evidenceKey) await this.storage.delete(evidenceKey);
  }

  private async record(principal: Principal, itemIds: string[], dto: CreateAdoptionDto, field: string): Promise<AdoptionView[]> {
    assertRecordable(dto.kind, '登记');
    return this.dataSource.transaction(async (manager) => {
      const outletName = await this.outletName(manager, dto);
      const items = await lockRecordableItems(manager, principal, itemIds, 'outcome', field);
      const rows = items.map((item) => ({
        itemId: item.id,
        level: dto.level,
        kind: dto.kind,
        outletId: dto.outletId ?? null,
        outlet: outletName,
        occurredOn: dto.occurredOn,
        documentRef: dto.documentRef ?? null,
        note: dto.note ?? null,
        createdById: principal.id,
      }));
      const ids = (await manager.insert(AdoptionEvent, rows)).identifiers.map((row) => String(row.id));
      const what = ADOPTION_KIND_LABELS[dto.kind];
      await this.outbox.add(
        manager,
        ...(await authorNotices(manager, items.map((item) => ({ itemId: item.id, title: '稿件采用情况', body: `《${item.title}》被${outletName}${what}` })), principal.id)),
        ...refreshScores(itemIds),
      );
      const views = new Map((await readAdoptions(manager, { ids })).map((view) => [view.item.id, view]));
      return items.map((item) => views.get(item.id)!);
    });
  }

  /** The outlet named by id (its name, at its level) or by free text for places that are no outlet. */
  private async outletName(manager: EntityManager, dto: CreateAdoptionDto): Promise<string> {
    if (!dto.outletId) {
      if (!dto.outletName) throw AppError.unprocessable(ErrorCode.ValidationFailed, '请选择报送渠道或填写采用单位', [{ field: 'outletId', message: '报送渠道和采用单位至少填一个' }]);
      return dto.outletName;
    }
    const outlet = await activeOutlet(manager, dto.outletId);
    if (outlet.level !== dto.level) {
      throw AppError.unprocessable(ErrorCode.ValidationFailed, `“${outlet.name}”不是所选级别的渠道`, [{ field: 'level', message: '与报送渠道的级别不一致' }]);
    }
    return outlet.name;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { DeskSettingsView } from '@sqmy/contract';
import { DataSource } from 'typeorm';
import { DEFAULT_RETURN_REMINDER_DAYS, DEFAULT_SCREENING_REMINDER_DAYS, DeskSettings } from './desk-settings.entity';
import { DeskSettingsDto } from './dto/desk-settings.dto';

/** The caller's committee's desk settings. */
@Injectable()
export class DeskSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(principal: Principal): Promise<DeskSettingsView> {
    const row = await this.dataSource.getRepository(DeskSettings).findOneBy({ committeeId: principal.committeeId });
    return {
      screeningReminderDays: row?.screeningReminderDays ?? DEFAULT_SCREENING_REMINDER_DAYS,
      returnReminderDays: row?.returnReminderDays ?? DEFAULT_RETURN_REMINDER_DAYS,
    };
  }

  async put(principal: Principal, dto: DeskSettingsDto): Promise<DeskSettingsView> {
    await this.dataSource.getRepository(DeskSettings).upsert({ committeeId: principal.committeeId, ...dto, updatedById: principal.id }, ['committeeId']);
    return this.get(principal);
  }
}

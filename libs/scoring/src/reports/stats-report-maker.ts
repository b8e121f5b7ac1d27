import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { StatsReportStatus } from '@sqmy/contract';
import { JobName, OutboxService } from '@sqmy/queue';
import { FileStorage } from '@sqmy/storage';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { storedReportPeriod } from './report-period';
import { StatsReportContentService } from './stats-report-content.service';
import { renderStatsReportDocx } from './stats-report-docx';
import { renderStatsReportXlsx } from './stats-report-xlsx';
import { StatsReport } from './stats-report.entity';

/**
 * Makes a 统计通报: gathers its content, renders the .docx and the .xlsx and stores them, then tells
 * the committee's analysts. Idempotent: the files' keys carry the content's fingerprint, and a run
 * that finds the same fingerprint with both files in place keeps them — the same data gives the
 * same files, byte for byte.
 */
@Injectable()
export class StatsReportMaker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: StatsReportContentService,
    private readonly storage: FileStorage,
    private readonly outbox: OutboxService,
  ) {}

  async make(reportId: string): Promise<void> {
    const reports = this.dataSource.getRepository(StatsReport);
    const report = await reports.findOneBy({ id: reportId });
    if (!report) return; // deleted since: nothing to make
    const progress = (value: number) => reports.update(report.id, { progress: value });
    await reports.update(report.id, { status: StatsReportStatus.Running, progress: 5, error: null });
    try {
      const period = storedReportPeriod(report.grain, report.periodStart);
      const content = await this.content.gather(report.committeeId, period);
      await progress(40);
      const fingerprint = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24);
      const keys = { docx: `stats-report-${report.id}-${fingerprint}-docx`, xlsx: `stats-report-${report.id}-${fingerprint}-xlsx` };
      const kept = report.docxKey === keys.docx && report.xlsxKey === keys.xlsx && (await this.storage.exists(keys.docx)) && (await this.storage.exists(keys.xlsx));
      if (!kept) {
        await this.storage.put(keys.docx, Readable.from(await renderStatsReportDocx(content)));
        await progress(70);
        await this.storage.put(keys.xlsx, Readable.from(await renderStatsReportXlsx(content)));
        await progress(90);
      }
      const analysts = await this.dataSource.query<{ id: string }[]>(
        `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE o.committee_id = $1 AND 'analyst' = ANY(u.roles) AND u.active ORDER BY u.id`,
        [report.committeeId],
      );
      await this.dataSource.transaction(async (manager) => {
        await manager.update(StatsReport, report.id, { status: StatsReportStatus.Succeeded, progress: 100, docxKey: keys.docx, xlsxKey: keys.xlsx, finishedAt: new Date(), error: null });
        if (analysts.length) {
          await this.outbox.add(manager, {
            name: JobName.NotifyUsers,
            payload: { userIds: analysts.map((a) => a.id), title: `${content.title}已生成`, body: `${content.title}（Word 与 Excel）可以下载了。`, link: `/stats-reports/${report.id}` },
          });
        }
      });
      for (const key of [report.docxKey, report.xlsxKey]) if (key && !Object.values(keys).includes(key)) await this.storage.delete(key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await reports.update(report.id, { status: StatsReportStatus.Failed, error: message.slice(0, 500) });
      throw error; // BullMQ retries
    }
  }
}

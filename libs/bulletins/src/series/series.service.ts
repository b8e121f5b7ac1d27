import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Organisation, Principal } from '@sqmy/accounts';
import { ErrorCode, SeriesView } from '@sqmy/contract';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { BulletinIssue } from '../issues/bulletin-issue.entity';
import { BulletinSeries } from './bulletin-series.entity';
import { CreateSeriesDto, UpdateSeriesDto } from './dto/series.dto';
import { seriesView } from './to-series-view';

/** The committee's series (刊物): admins manage them, the desk reads them. */
@Injectable()
export class SeriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal): Promise<SeriesView[]> {
    const rows = await this.dataSource.getRepository(BulletinSeries).find({ where: { committeeId: principal.committeeId }, order: { title: 'ASC' } });
    const name = await this.committeeName(principal.committeeId);
    return rows.map((row) => seriesView(row, name));
  }

  /** A series of the caller's committee (another committee's is not found). */
  async get(principal: Principal, id: string): Promise<SeriesView> {
    const series = await this.find(id);
    if (series.committeeId !== principal.committeeId) throw AppError.notFound('刊物');
    return seriesView(series, await this.committeeName(series.committeeId));
  }

  async create(principal: Principal, dto: CreateSeriesDto): Promise<SeriesView> {
    const id = await this.unique(async () => {
      const { identifiers } = await this.dataSource.getRepository(BulletinSeries).insert({ ...dto, committeeId: principal.committeeId });
      return identifiers[0].id as string;
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, dto: UpdateSeriesDto): Promise<SeriesView> {
    const series = await this.find(id);
    await this.unique(() => this.dataSource.getRepository(BulletinSeries).save(Object.assign(series, dto)));
    return seriesView(series, await this.committeeName(series.committeeId));
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const series = await manager.findOne(BulletinSeries, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!series) throw AppError.notFound('刊物');
      if (await manager.existsBy(BulletinIssue, { seriesId: id })) throw AppError.conflict(ErrorCode.SeriesInUse, '该刊物已有期刊，不能删除');
      await manager.delete(BulletinSeries, id);
    });
  }

  private async find(id: string): Promise<BulletinSeries> {
    const series = await this.dataSource.getRepository(BulletinSeries).findOneBy({ id });
    if (!series) throw AppError.notFound('刊物');
    return series;
  }

  private async committeeName(id: string): Promise<string> {
    return (await this.dataSource.getRepository(Organisation).findOneByOrFail({ id })).name;
  }

  private async unique<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, 'bulletin_series_title_key')) throw AppError.conflict(ErrorCode.Conflict, '本委员会已有同名刊物', [{ field: 'title', message: '刊物名称重复' }]);
      throw error;
    }
  }
}

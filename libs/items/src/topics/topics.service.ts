import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@sqmy/accounts';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@sqmy/contract';
import { Category } from '../categories/category.entity';
import { CreateTopicDto, UpdateTopicDto } from './dto/topic.dto';
import { Topic } from './topic.entity';

/** Topic calls (选题) of a committee: editors publish them, everyone of the committee reads them. */
@Injectable()
export class TopicsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(principal: Principal, openOnly: boolean): Promise<Topic[]> {
    const query = this.dataSource
      .getRepository(Topic)
      .createQueryBuilder('t')
      .where('t.committee_id = :committeeId', { committeeId: principal.committeeId })
      .orderBy('t.closes_on', 'DESC');
    if (openOnly) query.andWhere('current_date BETWEEN t.opens_on AND t.closes_on');
    return query.getMany();
  }

  async create(principal: Principal, dto: CreateTopicDto): Promise<Topic> {
    await this.check(dto);
    return this.dataSource.getRepository(Topic).save({ ...dto, description: dto.description ?? '', categoryCode: dto.categoryCode ?? null, committeeId: principal.committeeId, createdById: principal.id });
  }

  async update(id: string, dto: UpdateTopicDto): Promise<Topic> {
    const repository = this.dataSource.getRepository(Topic);
    const topic = await repository.findOneByOrFail({ id });
    Object.assign(topic, Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)));
    await this.check(topic);
    return repository.save(topic);
  }

  private async check(topic: Partial<Topic>): Promise<void> {
    if (topic.opensOn && topic.closesOn && topic.opensOn > topic.closesOn) {
      throw AppError.unprocessable(ErrorCode.InvalidPeriod, '开始日期不能晚于截止日期', [{ field: 'closesOn', message: '早于开始日期' }]);
    }
    if (topic.categoryCode && !(await this.dataSource.getRepository(Category).existsBy({ code: topic.categoryCode }))) {
      throw AppError.unprocessable(ErrorCode.InvalidReference, '没有这个类别', [{ field: 'categoryCode', message: '没有这个类别' }]);
    }
  }
}

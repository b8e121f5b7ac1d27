import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, OutletView } from '@sqmy/contract';
import { isUniqueViolation } from '@sqmy/database';
import { AppError } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { CreateOutletDto, UpdateOutletDto } from './dto/outlet.dto';
import { Outlet } from './outlet.entity';
import { toOutletView } from './to-outlet-view';

/** The outlets of the deployment (报送渠道): listed for everyone, kept by administrators, never deleted. */
@Injectable()
export class OutletsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By level (city, province, national), then position and name. */
  async list(includeInactive: boolean): Promise<OutletView[]> {
    const builder = this.dataSource
      .getRepository(Outlet)
      .createQueryBuilder('o')
      .orderBy(`array_position(ARRAY['city', 'province', 'national'], o.level)`)
      .addOrderBy('o.position')
      .addOrderBy('o.name');
    if (!includeInactive) builder.where('o.active');
    return (await builder.getMany()).map(toOutletView);
  }

  async create(dto: CreateOutletDto): Promise<OutletView> {
    return toOutletView(await this.saving(() => this.dataSource.getRepository(Outlet).save({ ...dto, position: dto.position ?? 1 })));
  }

  async update(id: string, dto: UpdateOutletDto): Promise<OutletView> {
    const repository = this.dataSource.getRepository(Outlet);
    const outlet = await repository.findOneBy({ id });
    if (!outlet) throw AppError.notFound('报送渠道', 'id');
    return toOutletView(await this.saving(() => repository.save(Object.assign(outlet, dto))));
  }

  private async saving(save: () => Promise<Outlet>): Promise<Outlet> {
    try {
      return await save();
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict(ErrorCode.Conflict, '已有同名的报送渠道', [{ field: 'name', message: '名称已被使用' }]);
      throw error;
    }
  }
}

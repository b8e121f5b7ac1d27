import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NewQuota, QuotaGrain, QuotaSubjectType } from '@sqmy/contract';
import { IsFlag, IsId, IsYear } from '@sqmy/http';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const IsTarget = () => applyDecorators(IsInt({ message: '任务数应为整数' }), Min(1, { message: '任务数至少为 1' }), Max(10000, { message: '任务数过大' }));

export class QuotaListQuery {
  @ApiPropertyOptional({ description: '政协（默认本委员会）' })
  @IsId('组织编号无效', { optional: true })
  committeeId?: string;

  @ApiPropertyOptional({ description: '年份，默认今年' })
  @IsOptional()
  @IsYear()
  year?: number;

  @ApiPropertyOptional({ description: 'true：只列未完成进度的' })
  @IsFlag('应为 true 或 false', { query: true })
  behind?: boolean;
}

export class CreateQuotaDto implements NewQuota {
  @ApiProperty({ enum: ['informant', 'unit'] })
  @IsIn(['informant', 'unit'], { message: '对象应为 informant 或 unit' })
  subjectType: QuotaSubjectType;

  @ApiProperty({ description: '信息员或报送单位的编号' })
  @IsId('编号无效')
  subjectId: string;

  @ApiProperty({ enum: QuotaGrain })
  @IsIn(Object.values(QuotaGrain), { message: '周期应为 month 或 year' })
  grain: QuotaGrain;

  @ApiProperty({ example: 2024 })
  @IsYear()
  year: number;

  @ApiProperty({ description: '每月（或每年）应报送的篇数', minimum: 1 })
  @IsTarget()
  target: number;
}

export class UpdateQuotaDto {
  @ApiProperty({ description: '读取时的版本号；过期则 409 STALE_VERSION' })
  @IsInt({ message: '版本号应为整数' })
  version: number;

  @ApiProperty({ minimum: 1 })
  @IsTarget()
  target: number;
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AdoptionLevelKey, LEVEL_KEYS, PeriodKind, PeriodParams, RANKING_SUBJECTS, RankingParams, RankingSubject } from '@sqmy/contract';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsId, IsYear } from '@sqmy/http';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const RankingSubjectField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: RANKING_SUBJECTS, default: 'informant' }),
    IsOptional(),
    IsIn(RANKING_SUBJECTS, { message: '排名对象应为 informant、unit、county 或 committee' }),
  );

const LevelField = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ enum: LEVEL_KEYS, default: 'any', description }),
    IsOptional(),
    IsIn(LEVEL_KEYS, { message: '层级应为 any、city、province、national 或 up' }),
  );

/** A year in the committees' calendar (this year when left out). */
export class YearQuery {
  @ApiPropertyOptional({ description: '年份（按北京时间），默认今年', example: 2024 })
  @IsYear({ optional: true })
  year?: number;
}

/** A period: a month, quarter or year of `year`, or a custom range of months `from`–`to`. */
export class PeriodQuery extends YearQuery implements PeriodParams {
  @ApiPropertyOptional({ enum: ['month', 'quarter', 'year', 'custom'], default: 'year' })
  @IsOptional()
  @IsIn(['month', 'quarter', 'year', 'custom'], { message: '期间应为 month、quarter、year 或 custom' })
  period?: PeriodKind;

  @ApiPropertyOptional({ description: '月份 1–12（period=month）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '月份应为整数' })
  @Min(1, { message: '月份应在 1–12 之间' })
  @Max(12, { message: '月份应在 1–12 之间' })
  month?: number;

  @ApiPropertyOptional({ description: '季度 1–4（period=quarter）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '季度应为整数' })
  @Min(1, { message: '季度应在 1–4 之间' })
  @Max(4, { message: '季度应在 1–4 之间' })
  quarter?: number;

  @ApiPropertyOptional({ description: '起始月份 YYYY-MM（period=custom）', example: '2024-03' })
  @IsOptional()
  @Matches(MONTH, { message: '应为 YYYY-MM 格式的月份' })
  from?: string;

  @ApiPropertyOptional({ description: '结束月份 YYYY-MM（period=custom）', example: '2024-08' })
  @IsOptional()
  @Matches(MONTH, { message: '应为 YYYY-MM 格式的月份' })
  to?: string;
}

/** What is ranked, where, over which period, by what. */
export class RankingQuery extends PeriodQuery implements RankingParams {
  @RankingSubjectField()
  subject?: RankingSubject;

  @ApiPropertyOptional({ description: '范围：政协或报送单位（默认本委员会）' })
  @IsId('组织编号无效', { optional: true })
  orgId?: string;

  @ApiPropertyOptional({ enum: ['score', 'rate'], default: 'score' })
  @IsOptional()
  @IsIn(['score', 'rate'], { message: '排序依据应为 score 或 rate' })
  by?: 'score' | 'rate';

  @LevelField('采用率的层级')
  level?: AdoptionLevelKey;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '页码应为整数' })
  @Min(1, { message: '页码从 1 开始' })
  @Max(100_000, { message: '页码过大' })
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数' })
  @Min(1, { message: '每页至少 1 条' })
  @Max(500, { message: '每页至多 500 条' })
  pageSize?: number;
}

/** One subject's figures of a period, traced to their lines and items. */
export class DrilldownQuery extends PeriodQuery {
  @RankingSubjectField()
  subject?: RankingSubject;

  @ApiProperty({ description: '信息员、报送单位或政协的编号' })
  @IsId('编号无效')
  subjectId: string;

  @LevelField('采用数的层级')
  level?: AdoptionLevelKey;
}

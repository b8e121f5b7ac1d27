import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CreditSplit, PointsTable, RuleSetFields } from '@sqmy/contract';
import { IsEnum, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsDay, IsId } from '@sqmy/http';

const IfGiven = () => ValidateIf((_, value) => value !== undefined);
const Points = (what: string) => [IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${what}必须是数字` }), Min(0, { message: `${what}不能为负数` })];
const Share = (what: string) => [IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${what}必须是 0–1 之间的数` }), Min(0, { message: `${what}必须在 0–1 之间` }), Max(1, { message: `${what}必须在 0–1 之间` })];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/** The fields of a rule set (计分办法); `points` and `instructionPoints` are checked key by key by the service. */
export class RuleSetFieldsDto implements RuleSetFields {
  @ApiProperty({ example: '2024年度信息工作计分办法' })
  @IsString({ message: '请填写名称' })
  @IsNotEmpty({ message: '请填写名称' })
  @MaxLength(100, { message: '名称最长 100 字' })
  name: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsDay('日期应为有效的日期 YYYY-MM-DD')
  validFrom: string;

  @ApiPropertyOptional({ type: String, example: '2024-12-31', nullable: true })
  @IsDay('日期应为有效的日期 YYYY-MM-DD', { optional: true })
  validTo?: string | null;

  @ApiProperty({ example: { single_adoption: { province: 5, national: 20 } } })
  @IsObject({ message: '积分表应为 {采用类型: {级别: 分值}}' })
  points: PointsTable;

  @ApiProperty({ example: { city: 10, province: 20, national: 30, department: 5 } })
  @IsObject({ message: '批示积分应为 {级别: 分值}' })
  instructionPoints: Record<string, number>;

  @IsOptional()
  @apply(Points('委员加分'))
  memberBonus?: number;

  @IsOptional()
  @apply(Points('约稿加分'))
  commissionBonus?: number;

  @IsOptional()
  @apply(Points('抄袭扣分'))
  plagiarismPenalty?: number;

  @ApiPropertyOptional({ enum: CreditSplit })
  @IsOptional()
  @IsEnum(CreditSplit, { message: '分配方式只能是 equal（平均）或 lead_share（第一作者占比）' })
  split?: CreditSplit;

  @IsOptional()
  @apply(Share('第一作者占比'))
  leadShare?: number;

  @IsOptional()
  @apply(Share('单位计分比例'))
  unitCredit?: number;

  @IsOptional()
  @apply(Share('综合稿作者分享比例'))
  mergedAuthorShare?: number;
}

export class CreateRuleSetDto extends RuleSetFieldsDto {
  @ApiPropertyOptional({ description: '默认为本人所在委员会' })
  @IsId('committeeId 不是有效的编号', { optional: true })
  committeeId?: string;
}

export class UpdateRuleSetDto {
  @ApiProperty({ description: '读取时的 version' })
  @IsInt({ message: '请带上读取时的 version' })
  version: number;

  @IfGiven()
  @IsString({ message: '请填写名称' })
  @IsNotEmpty({ message: '请填写名称' })
  @MaxLength(100, { message: '名称最长 100 字' })
  name?: string;

  @IfGiven()
  @IsDay('日期应为有效的日期 YYYY-MM-DD')
  validFrom?: string;

  @IsDay('日期应为有效的日期 YYYY-MM-DD', { optional: true })
  validTo?: string | null;

  @IfGiven()
  @IsObject({ message: '积分表应为 {采用类型: {级别: 分值}}' })
  points?: PointsTable;

  @IfGiven()
  @IsObject({ message: '批示积分应为 {级别: 分值}' })
  instructionPoints?: Record<string, number>;

  @IfGiven()
  @apply(Points('委员加分'))
  memberBonus?: number;

  @IfGiven()
  @apply(Points('约稿加分'))
  commissionBonus?: number;

  @IfGiven()
  @apply(Points('抄袭扣分'))
  plagiarismPenalty?: number;

  @IfGiven()
  @IsEnum(CreditSplit, { message: '分配方式只能是 equal（平均）或 lead_share（第一作者占比）' })
  split?: CreditSplit;

  @IfGiven()
  @apply(Share('第一作者占比'))
  leadShare?: number;

  @IfGiven()
  @apply(Share('单位计分比例'))
  unitCredit?: number;

  @IfGiven()
  @apply(Share('综合稿作者分享比例'))
  mergedAuthorShare?: number;
}

export class CommitteeQuery {
  @IsId('committeeId 不是有效的编号', { optional: true })
  committeeId?: string;
}

export class RecomputeDto {
  @IsId('committeeId 不是有效的编号', { optional: true })
  committeeId?: string;
}

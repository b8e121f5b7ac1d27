import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsId, PageQuery, trimText } from '@sqmy/http';
import { DayField, OptionalDayField } from '../../recording/day-field';
import { OptionalTextField, TextField } from '../../recording/text-field';
import { InstructionFilters, InstructionStatus, LeaderLevel, NewInstruction, UpdateInstructionRequest } from '@sqmy/contract';

/** Optional, but not to be cleared: null is checked (and refused) like any other value. */
const IfGiven = () => ValidateIf((_, value) => value !== undefined);

const LEVELS = '级别只能是 city（市级）、province（省级）、national（国家级）或 department（厅局级）';

export class CreateInstructionDto implements NewInstruction {
  @TextField('批示领导', 40, '王某某')
  leaderName: string;

  @ApiProperty({ enum: LeaderLevel })
  @IsEnum(LeaderLevel, { message: LEVELS })
  leaderLevel: LeaderLevel;

  @DayField('批示日期')
  instructedOn: string;

  @OptionalTextField('批示内容', 2_000)
  text?: string | null;
}

/** A correction or the next step of an entry (转办, 回函, 办结), based on the `version` read. */
export class UpdateInstructionDto implements UpdateInstructionRequest {
  @ApiProperty({ description: '读取时的 version' })
  @IsInt({ message: '请带上读取时的 version' })
  version: number;

  @IfGiven()
  @TextField('批示领导', 40)
  leaderName?: string;

  @IfGiven()
  @ApiPropertyOptional({ enum: LeaderLevel })
  @IsEnum(LeaderLevel, { message: LEVELS })
  leaderLevel?: LeaderLevel;

  @IfGiven()
  @DayField('批示日期')
  instructedOn?: string;

  @OptionalTextField('批示内容', 2_000)
  text?: string | null;

  @OptionalTextField('转办部门', 100, '市卫生健康委')
  referredTo?: string | null;

  @OptionalDayField('转办日期')
  referredOn?: string | null;

  @OptionalTextField('回函', 2_000)
  reply?: string | null;

  @OptionalDayField('回函日期')
  repliedOn?: string | null;

  @OptionalDayField('办结日期')
  closedOn?: string | null;
}

/** The register's filters, for the list and the export. */
export class InstructionFilterQuery implements InstructionFilters {
  @ApiPropertyOptional({ description: '委员会或报送单位（含下级），默认本委员会' })
  @IsId('组织编号无效', { optional: true })
  orgId?: string;

  @ApiPropertyOptional({ description: '批示年份' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(2000, { message: '年份应在 2000–2100 之间' })
  @Max(2100, { message: '年份应在 2000–2100 之间' })
  year?: number;

  @ApiPropertyOptional({ enum: LeaderLevel })
  @IsOptional()
  @IsEnum(LeaderLevel, { message: LEVELS })
  leaderLevel?: LeaderLevel;

  @ApiPropertyOptional({ enum: InstructionStatus })
  @IsOptional()
  @IsEnum(InstructionStatus, { message: '状态只能是 registered、referred、replied 或 closed' })
  status?: InstructionStatus;

  @ApiPropertyOptional({ description: '领导、稿件标题、批示内容、转办部门' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MaxLength(50, { message: '关键词最多 50 个字' })
  q?: string;
}

/** The filters and a page of the register. */
export class ListInstructionsQuery extends IntersectionType(InstructionFilterQuery, PageQuery) {}

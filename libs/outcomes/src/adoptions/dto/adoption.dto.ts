import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { AdoptionKind, AdoptionLevel } from '@sqmy/contract';
import { IsDay } from '../../recording/day';
import { IsOptionalText } from '../../recording/text-field';

/** What came of an item, where and when. One of `outletId` / `outletName`. */
export class CreateAdoptionDto {
  @ApiProperty({ enum: AdoptionLevel })
  @IsEnum(AdoptionLevel, { message: '级别只能是 city（市级）、province（省级）或 national（全国）' })
  level: AdoptionLevel;

  @ApiProperty({ enum: AdoptionKind, description: '编发由印发期刊产生，领导批示在批示登记中登记' })
  @IsEnum(AdoptionKind, { message: '不是有效的采用类型' })
  kind: AdoptionKind;

  @ApiPropertyOptional({ description: '报送渠道（刊物）' })
  @IsOptional()
  @IsUUID('all', { message: '报送渠道编号无效' })
  outletId?: string;

  @IsOptionalText('采用单位或刊物', 60, '省发展改革委')
  outletName?: string | null;

  @IsDay('采用日期')
  occurredOn: string;

  @IsOptionalText('文号或期号', 100, '2024年第12期')
  documentRef?: string | null;

  @IsOptionalText('备注', 500)
  note?: string | null;
}

export class BulkAdoptionDto extends CreateAdoptionDto {
  @ApiProperty({ type: [String] })
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(1, { message: '请至少选择一篇稿件' })
  @ArrayMaxSize(500, { message: '一次最多 500 篇稿件' })
  @ArrayUnique({ message: '同一篇稿件不能出现两次' })
  @IsUUID('all', { each: true, message: '稿件编号无效' })
  itemIds: string[];
}

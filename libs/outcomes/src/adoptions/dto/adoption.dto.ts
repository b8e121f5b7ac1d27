import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum } from 'class-validator';
import { IsId } from '@sqmy/http';
import { AdoptionKind, AdoptionLevel, NewAdoption } from '@sqmy/contract';
import { DayField } from '../../recording/day-field';
import { OptionalTextField } from '../../recording/text-field';

/** What came of an item, where and when. One of `outletId` / `outletName`. */
export class CreateAdoptionDto implements NewAdoption {
  @ApiProperty({ enum: AdoptionLevel })
  @IsEnum(AdoptionLevel, { message: '级别只能是 city（市级）、province（省级）或 national（全国）' })
  level: AdoptionLevel;

  @ApiProperty({ enum: AdoptionKind, description: '编发由印发期刊产生，领导批示在批示登记中登记' })
  @IsEnum(AdoptionKind, { message: '不是有效的采用类型' })
  kind: AdoptionKind;

  @ApiPropertyOptional({ description: '报送渠道（刊物）' })
  @IsId('报送渠道编号无效', { optional: true })
  outletId?: string;

  @OptionalTextField('采用单位或刊物', 60, '省发展改革委')
  outletName?: string | null;

  @DayField('采用日期')
  occurredOn: string;

  @OptionalTextField('文号或期号', 100, '2024年第12期')
  documentRef?: string | null;

  @OptionalTextField('备注', 500)
  note?: string | null;
}

export class BulkAdoptionDto extends CreateAdoptionDto {
  @ApiProperty({ type: [String] })
  @IsArray({ message: '稿件应为列表' })
  @ArrayMinSize(1, { message: '请至少选择一篇稿件' })
  @ArrayMaxSize(500, { message: '一次最多 500 篇稿件' })
  @ArrayUnique({ message: '同一篇稿件不能出现两次' })
  @IsId('稿件编号无效', { each: true })
  itemIds: string[];
}

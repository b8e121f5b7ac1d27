import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsFlag } from '@sqmy/http';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AdoptionLevel, OutletFields } from '@sqmy/contract';
import { TextField } from '../../recording/text-field';

export class CreateOutletDto implements OutletFields {
  @TextField('渠道名称', 60, '省政协《社情民意》')
  name: string;

  @ApiProperty({ enum: AdoptionLevel })
  @IsEnum(AdoptionLevel, { message: '级别只能是 city（市级）、province（省级）或 national（全国）' })
  level: AdoptionLevel;

  @ApiPropertyOptional({ description: '同级内的顺序，台账导入用同级第一个在用的渠道', default: 1 })
  @IsOptional()
  @IsInt({ message: '顺序应为整数' })
  @Min(1, { message: '顺序从 1 开始' })
  @Max(999, { message: '顺序最大 999' })
  position?: number;
}

export class UpdateOutletDto extends PartialType(CreateOutletDto) {
  @ApiPropertyOptional({ description: 'false：停用（已有记录仍保留渠道名称）' })
  @IsFlag('是否在用应为 true 或 false')
  active?: boolean;
}

export class ListOutletsQuery {
  @ApiPropertyOptional({ description: 'true：也列出已停用的渠道' })
  @IsFlag('includeInactive 只能是 true 或 false', { query: true })
  includeInactive?: boolean;
}

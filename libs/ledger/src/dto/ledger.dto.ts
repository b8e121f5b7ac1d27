import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** The multipart fields of POST /imports/ledger besides `file`. */
export class ImportLedgerDto {
  @ApiProperty({ description: '导入到哪个政协（委员会）' })
  @IsUUID('all', { message: '组织编号无效' })
  orgId: string;
}

export class ListImportsQuery {
  @ApiPropertyOptional({ description: '政协（默认：本人所在的政协）' })
  @IsOptional()
  @IsUUID('all', { message: '组织编号无效' })
  orgId?: string;
}

export class ExportLedgerQuery {
  @ApiProperty()
  @IsUUID('all', { message: '组织编号无效' })
  orgId: string;

  @ApiPropertyOptional({ description: '来稿年份（不填：全部年份）', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(1990, { message: '年份不早于 1990' })
  @Max(2100, { message: '年份不晚于 2100' })
  year?: number;
}

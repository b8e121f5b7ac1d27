import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsId } from '@sqmy/http';

/** The multipart fields of POST /imports/ledger besides `file`. */
export class ImportLedgerDto {
  @ApiProperty({ description: '导入到哪个政协（委员会）' })
  @IsId('组织编号无效')
  orgId: string;
}

export class ListImportsQuery {
  @ApiPropertyOptional({ description: '政协（默认：本人所在的政协）' })
  @IsId('组织编号无效', { optional: true })
  orgId?: string;
}

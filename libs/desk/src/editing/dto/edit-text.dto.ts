import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { EditTextRequest } from '@sqmy/contract';
import { Type } from 'class-transformer';
import { INT4_MAX } from '@sqmy/http';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MoveDto } from '../../screening/dto/move.dto';
import { ItemTextDto } from './item-text.dto';

/** An editor's save: the whole text, stored as a new version. */
export class EditTextDto extends IntersectionType(ItemTextDto, OmitType(MoveDto, ['version'])) implements EditTextRequest {
  @ApiProperty({ description: '读取时的版本号（乐观锁）；过期则 409 STALE_VERSION' })
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  version: number;
}

export class DiffQuery {
  @ApiPropertyOptional({ description: '较早的版本号；默认为 to 的上一版' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  @Max(INT4_MAX, { message: '版本号过大' })
  from?: number;

  @ApiPropertyOptional({ description: '较新的版本号；默认为最新版' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  @Max(INT4_MAX, { message: '版本号过大' })
  to?: number;
}

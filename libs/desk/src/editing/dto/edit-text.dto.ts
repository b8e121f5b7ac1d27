import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { BODY_MAX, TITLE_MAX } from '@sqmy/items';
import { MoveDto } from '../../screening/dto/move.dto';

/** An editor's save: the whole text, stored as a new version. */
export class EditTextDto extends OmitType(MoveDto, ['version']) {
  @ApiProperty({ maxLength: TITLE_MAX })
  @IsString({ message: '标题应为文字' })
  @MaxLength(TITLE_MAX, { message: `标题不能超过 ${TITLE_MAX} 个字` })
  title: string;

  @ApiProperty({ maxLength: BODY_MAX })
  @IsString({ message: '正文应为文字' })
  @MaxLength(BODY_MAX, { message: `正文不能超过 ${BODY_MAX} 字` })
  body: string;

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
  from?: number;

  @ApiPropertyOptional({ description: '较新的版本号；默认为最新版' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  to?: number;
}

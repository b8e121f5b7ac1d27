import { ApiProperty } from '@nestjs/swagger';
import { ItemText } from '@sqmy/contract';
import { trimText } from '@sqmy/http';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import { BODY_MAX, TITLE_MAX } from '@sqmy/items';

/** A whole text the desk writes: an edit, or a combined item. */
export class ItemTextDto implements ItemText {
  @ApiProperty({ maxLength: TITLE_MAX })
  @Transform(trimText)
  @IsString({ message: '标题应为文字' })
  @MaxLength(TITLE_MAX, { message: `标题不能超过 ${TITLE_MAX} 个字` })
  title: string;

  @ApiProperty({ maxLength: BODY_MAX })
  @IsString({ message: '正文应为文字' })
  @MaxLength(BODY_MAX, { message: `正文不能超过 ${BODY_MAX} 字` })
  body: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsFlag } from '@sqmy/http';
import { Type } from 'class-transformer';
import { IsInt, IsNumberString, IsOptional, Max, Min } from 'class-validator';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ description: '只看未读' })
  @IsFlag('unreadOnly 应为 true 或 false', { query: true })
  unreadOnly?: boolean;

  @ApiPropertyOptional({ type: 'integer', default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 应为整数' })
  @Min(1)
  @Max(100, { message: '每次最多 100 条' })
  limit = 20;

  @ApiPropertyOptional({ description: '上一页最后一条的 id（翻页）' })
  @IsOptional()
  @IsNumberString({ no_symbols: true }, { message: 'before 应为通知编号' })
  before?: string;
}

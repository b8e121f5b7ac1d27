import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AssignRequest, MoveBody, RejectRequest, ScreenRequest } from '@sqmy/contract';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsId, trimText } from '@sqmy/http';

export const COMMENT_MAX = 2_000;

/** What every move of an item may carry. Whether the comment is required is the transition table's rule. */
export class MoveDto implements MoveBody {
  @ApiPropertyOptional({ description: '意见（退回修改、退回编辑时必填）', maxLength: COMMENT_MAX })
  @IsOptional()
  @Transform(trimText)
  @IsString({ message: '意见应为文字' })
  @MaxLength(COMMENT_MAX, { message: `意见不能超过 ${COMMENT_MAX} 字` })
  comment?: string;

  @ApiPropertyOptional({ description: '读取时的版本号（乐观锁）；给出且已过期则 409' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '版本号应为整数' })
  @Min(1)
  version?: number;
}

export class ScreenDto extends MoveDto implements ScreenRequest {
  @ApiPropertyOptional({ description: '分配给本委员会的某位编辑；不填则自己领取' })
  @IsId('编辑编号无效', { optional: true })
  assigneeId?: string;
}

export class AssignDto extends MoveDto implements AssignRequest {
  @ApiProperty({ description: '分配给本委员会的某位编辑' })
  @IsId('编辑编号无效')
  assigneeId: string;
}

export class RejectDto extends MoveDto implements RejectRequest {
  @ApiPropertyOptional({ description: '不予采用的理由代码（见 GET /reject-reasons）', example: 'petition' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '理由代码无效' })
  reasonCode?: string;
}

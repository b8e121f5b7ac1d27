import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { CreateTopicRequest } from '@sqmy/contract';
import { IsDay, IsText } from '@sqmy/http';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';


export class CreateTopicDto implements CreateTopicRequest {
  @ApiProperty({ example: '农村养老服务体系建设' })
  @IsText('选题标题为 1–100 个字', { max: 100, missing: '请填写选题标题' })
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000, { message: '说明最多 2,000 字' })
  description?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'livelihood' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: '类别代码无效' })
  categoryCode?: string | null;

  @ApiProperty({ example: '2026-01-01' })
  @IsDay('开始日期应为有效的日期 YYYY-MM-DD')
  opensOn: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsDay('截止日期应为有效的日期 YYYY-MM-DD')
  closesOn: string;
}

export class UpdateTopicDto extends PartialType(CreateTopicDto) {}

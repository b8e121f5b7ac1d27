import { ApiProperty } from '@nestjs/swagger';
import { DeskSettingsView } from '@sqmy/contract';
import { IsInt, Max, Min } from 'class-validator';

export class DeskSettingsDto implements DeskSettingsView {
  @ApiProperty({ description: '稿件等待阅选超过几天提醒编辑', minimum: 1, maximum: 60, example: 3 })
  @IsInt({ message: '天数应为整数' })
  @Min(1, { message: '至少 1 天' })
  @Max(60, { message: '最多 60 天' })
  screeningReminderDays: number;

  @ApiProperty({ description: '退回修改超过几天未重新报送提醒作者', minimum: 1, maximum: 60, example: 7 })
  @IsInt({ message: '天数应为整数' })
  @Min(1, { message: '至少 1 天' })
  @Max(60, { message: '最多 60 天' })
  returnReminderDays: number;
}

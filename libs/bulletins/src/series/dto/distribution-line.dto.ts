import { ApiProperty } from '@nestjs/swagger';
import { DISTRIBUTION_LABELS, DistributionLabel, DistributionLine } from '@sqmy/contract';
import { Type } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsText } from '@sqmy/http';


/** One line of the foot: 报 / 送 / 发 / 主送 / 抄送 and who it goes to. A blank line is refused. */
export class DistributionLineDto implements DistributionLine {
  @ApiProperty({ enum: DISTRIBUTION_LABELS, example: '报' })
  @IsIn(DISTRIBUTION_LABELS, { message: `只能是 ${DISTRIBUTION_LABELS.join('、')}` })
  label: DistributionLabel;

  @ApiProperty({ example: '省政协办公厅，市委、市人大、市政府、市政协领导' })
  @IsText('分发范围不能为空行，最多 500 字', { max: 500, missing: '请填写分发范围' })
  text: string;
}

/** A distribution list: at most ten lines, each validated. */
export const IsDistribution = () =>
  applyDecorators(
    IsArray({ message: '分发范围应为列表' }),
    IsObject({ each: true, message: '分发范围的每一行应为 {label, text}' }),
    ArrayMaxSize(10, { message: '分发范围最多 10 行' }),
    ValidateNested({ each: true }),
    Type(() => DistributionLineDto),
  );

/** A number of copies (印数): 1–10000. */
export const IsCopies = () =>
  applyDecorators(IsInt({ message: '印数应为整数' }), Min(1, { message: '印数至少 1 份' }), Max(10_000, { message: '印数最多 10000 份' }));

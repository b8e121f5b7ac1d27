import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { SeriesFields } from '@sqmy/contract';
import { IsOptional } from 'class-validator';
import { IsText } from '@sqmy/http';
import { DistributionLineDto, IsCopies, IsDistribution } from './distribution-line.dto';

export class CreateSeriesDto implements SeriesFields {
  @ApiProperty({ example: '晋中社情民意' })
  @IsText('刊物名称为 1–40 个字', { max: 40, missing: '请填写刊物名称' })
  title: string;

  @ApiProperty({ example: '政协晋中市委员会研究中心' })
  @IsText('编印单位为 1–60 个字', { max: 60, missing: '请填写编印单位' })
  issuingUnit: string;

  @ApiPropertyOptional({ example: '内部资料 注意保存' })
  @IsText('密级标注为 1–40 个字', { optional: true, max: 40 })
  marking?: string;

  @ApiPropertyOptional({ type: [DistributionLineDto] })
  @IsOptional()
  @IsDistribution()
  defaultDistribution?: DistributionLineDto[];

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @IsCopies()
  defaultCopies?: number;
}

export class UpdateSeriesDto extends PartialType(CreateSeriesDto) {}

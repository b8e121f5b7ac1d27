import { SeriesFields } from '@sqmy/contract';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';
import { trimText } from '@sqmy/http';
import { DistributionLineDto, IsCopies, IsDistribution } from './distribution-line.dto';

export class CreateSeriesDto implements SeriesFields {
  @ApiProperty({ example: '晋中社情民意' })
  @Transform(trimText)
  @IsString({ message: '请填写刊物名称' })
  @Length(1, 40, { message: '刊物名称为 1–40 个字' })
  title: string;

  @ApiProperty({ example: '政协晋中市委员会研究中心' })
  @Transform(trimText)
  @IsString({ message: '请填写编印单位' })
  @Length(1, 60, { message: '编印单位为 1–60 个字' })
  issuingUnit: string;

  @ApiPropertyOptional({ example: '内部资料 注意保存' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(1, 40, { message: '密级标注为 1–40 个字' })
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

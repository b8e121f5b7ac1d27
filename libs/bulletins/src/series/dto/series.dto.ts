import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DistributionLineDto, IsDistribution } from './distribution-line.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSeriesDto {
  @ApiProperty({ example: '晋中社情民意' })
  @Transform(trim)
  @IsString({ message: '请填写刊物名称' })
  @Length(1, 40, { message: '刊物名称为 1–40 个字' })
  title: string;

  @ApiProperty({ example: '政协晋中市委员会研究中心' })
  @Transform(trim)
  @IsString({ message: '请填写编印单位' })
  @Length(1, 60, { message: '编印单位为 1–60 个字' })
  issuingUnit: string;

  @ApiPropertyOptional({ example: '内部资料 注意保存' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 40, { message: '密级标注为 1–40 个字' })
  marking?: string;

  @ApiPropertyOptional({ type: [DistributionLineDto] })
  @IsOptional()
  @IsDistribution()
  defaultDistribution?: DistributionLineDto[];

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @IsInt({ message: '印数应为整数' })
  @Min(1, { message: '印数至少 1 份' })
  @Max(10_000, { message: '印数最多 10000 份' })
  defaultCopies?: number;
}

export class UpdateSeriesDto extends PartialType(CreateSeriesDto) {}

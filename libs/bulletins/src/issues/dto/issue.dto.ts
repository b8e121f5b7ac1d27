import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDay, IsId } from '@sqmy/http';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DistributionLineDto, IsCopies, IsDistribution } from '../../series/dto/distribution-line.dto';
import { IssueChanges, IssueEntry, IssueItemsRequest, IssueKind, NewIssue, SignIssueRequest } from '@sqmy/contract';

const NOTE_MAX = 2_000;

/** One item of the issue, at the place of its entry in the list, with its own 编者按. */
export class IssueItemEntryDto implements IssueEntry {
  @ApiProperty()
  @IsId('稿件编号无效')
  itemId: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: '该篇的编者按' })
  @IsOptional()
  @IsString({ message: '编者按应为文字' })
  @MaxLength(NOTE_MAX, { message: `编者按最多 ${NOTE_MAX} 字` })
  editorNote?: string | null;
}

/** An issue's ordered items: at most 60, none twice. */
const IsIssueItemList = () =>
  applyDecorators(
    IsArray({ message: '稿件应为列表' }),
    ArrayMaxSize(60, { message: '一期最多 60 篇稿件' }),
    ArrayUnique((entry: IssueItemEntryDto) => entry?.itemId, { message: '同一篇稿件不能出现两次' }),
    ValidateNested({ each: true }),
    Type(() => IssueItemEntryDto),
  );

/** The whole ordered list of an issue's items: adds, removes and reorders in one call. */
export class IssueItemsDto implements IssueItemsRequest {
  @ApiProperty({ type: [IssueItemEntryDto] })
  @IsIssueItemList()
  items: IssueItemEntryDto[];
}

/** What an editor may change on a draft besides its items. */
export class UpdateIssueDto implements IssueChanges {
  @ApiPropertyOptional({ type: String, nullable: true, description: '本期编者按；null 或空串表示不要编者按' })
  @IsOptional()
  @IsString({ message: '编者按应为文字' })
  @MaxLength(NOTE_MAX, { message: `编者按最多 ${NOTE_MAX} 字` })
  editorNote?: string | null;

  @ApiPropertyOptional({ type: [DistributionLineDto] })
  @IsOptional()
  @IsDistribution()
  distribution?: DistributionLineDto[];

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @IsCopies()
  copies?: number;
}

export class CreateIssueDto extends UpdateIssueDto implements NewIssue {
  @ApiPropertyOptional({ enum: IssueKind, default: IssueKind.Regular })
  @IsOptional()
  @IsEnum(IssueKind, { message: '期刊类型只能是 regular（正刊）或 supplement（增刊）' })
  kind?: IssueKind;

  @ApiPropertyOptional({ description: '更正：被更正的那一期（已印发，同一刊物）' })
  @IsId('被更正的期刊编号无效', { optional: true })
  correctsIssueId?: string;

  @ApiPropertyOptional({ type: [IssueItemEntryDto] })
  @IsOptional()
  @IsIssueItemList()
  items?: IssueItemEntryDto[];
}

export class SignIssueDto implements SignIssueRequest {
  @ApiPropertyOptional({ description: '签发日期，默认今天', example: '2024-03-05' })
  @IsDay('签发日期应为有效的日期 YYYY-MM-DD', { optional: true })
  date?: string;
}

export class ListIssuesQuery {
  @ApiPropertyOptional({ description: '年份，默认今年' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年份应为整数' })
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: IssueKind })
  @IsOptional()
  @IsEnum(IssueKind, { message: '期刊类型只能是 regular 或 supplement' })
  kind?: IssueKind;
}

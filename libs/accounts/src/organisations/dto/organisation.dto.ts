import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { trimText } from '@sqmy/http';
import { OrganisationKind } from '@sqmy/contract';


export class CreateOrganisationDto {
  @ApiProperty({ example: '民盟晋中市委会' })
  @Transform(trimText)
  @IsString({ message: '请填写名称' })
  @Length(1, 100, { message: '名称为 1–100 个字符' })
  name: string;

  @ApiProperty({ enum: OrganisationKind })
  @IsEnum(OrganisationKind, { message: '组织类型应为 national、provincial、city、county 或 unit' })
  kind: OrganisationKind;

  @ApiProperty({ description: '上级组织' })
  @IsUUID('all', { message: '上级组织编号无效' })
  parentId: string;
}

export class RenameOrganisationDto {
  @ApiProperty()
  @Transform(trimText)
  @IsString({ message: '请填写名称' })
  @Length(1, 100, { message: '名称为 1–100 个字符' })
  name: string;
}

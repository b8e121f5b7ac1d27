import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, Length } from 'class-validator';
import { OrganisationKind } from '../../access/roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateOrganisationDto {
  @ApiProperty({ example: '民盟晋中市委会' })
  @Transform(trim)
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
  @Transform(trim)
  @IsString({ message: '请填写名称' })
  @Length(1, 100, { message: '名称为 1–100 个字符' })
  name: string;
}

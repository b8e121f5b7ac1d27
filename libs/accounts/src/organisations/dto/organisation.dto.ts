import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { IsId, IsText } from '@sqmy/http';
import { OrganisationKind } from '@sqmy/contract';


export class CreateOrganisationDto {
  @ApiProperty({ example: '民盟晋中市委会' })
  @IsText('名称为 1–100 个字符', { max: 100, missing: '请填写名称' })
  name: string;

  @ApiProperty({ enum: OrganisationKind })
  @IsEnum(OrganisationKind, { message: '组织类型应为 national、provincial、city、county 或 unit' })
  kind: OrganisationKind;

  @ApiProperty({ description: '上级组织' })
  @IsId('上级组织编号无效')
  parentId: string;
}

export class RenameOrganisationDto {
  @ApiProperty()
  @IsText('名称为 1–100 个字符', { max: 100, missing: '请填写名称' })
  name: string;
}

import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsFlag, IsId, IsText, trimText } from '@sqmy/http';
import { Identity, NewUser, Role, UserChanges, UserFilters } from '@sqmy/contract';
import { PASSWORD_RULE, PASSWORD_RULE_MESSAGE } from '../../auth/passwords';

export const MOBILE = /^1[3-9]\d{9}$/;

export class CreateUserDto implements NewUser {
  @ApiProperty({ example: 'wangfang' })
  @Transform(trimText)
  @IsString({ message: '请填写用户名' })
  @Matches(/^[A-Za-z0-9_.@-]{3,64}$/, { message: '用户名为 3–64 位字母、数字或 _ . @ -' })
  username: string;

  @ApiProperty({ example: '王芳' })
  @IsText('姓名为 1–50 个字符', { max: 50, missing: '请填写姓名' })
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13800000000' })
  @IsOptional()
  @Matches(MOBILE, { message: '手机号应为 11 位大陆手机号' })
  phone?: string | null;

  @ApiProperty({ description: PASSWORD_RULE_MESSAGE })
  @IsString({ message: PASSWORD_RULE_MESSAGE })
  @Matches(PASSWORD_RULE, { message: PASSWORD_RULE_MESSAGE })
  password: string;

  @ApiProperty({ enum: Role, isArray: true })
  @IsArray({ message: '请选择角色' })
  @ArrayMinSize(1, { message: '至少选择一个角色' })
  @ArrayMaxSize(6)
  @ArrayUnique({ message: '角色不能重复' })
  @IsEnum(Role, { each: true, message: '未知的角色' })
  roles: Role[];

  @ApiProperty()
  @IsId('所属组织编号无效')
  orgId: string;

  @ApiPropertyOptional({ enum: Identity })
  @IsOptional()
  @IsEnum(Identity, { message: '身份应为 special_informant、member 或 liaison' })
  identity?: Identity | null;
}

export class UpdateUserDto extends PartialType(PickType(CreateUserDto, ['name', 'phone', 'roles', 'orgId', 'identity'] as const)) implements UserChanges {
  @ApiPropertyOptional()
  @IsFlag('active 应为 true 或 false')
  active?: boolean;
}

export class ListUsersQuery implements UserFilters {
  @ApiPropertyOptional()
  @IsId('组织编号无效', { optional: true })
  orgId?: string;

  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role, { message: '未知的角色' })
  role?: Role;

  @ApiPropertyOptional({ description: '姓名、用户名或手机号' })
  @IsOptional()
  @Transform(trimText)
  @IsString()
  @Length(0, 50, { message: '搜索词最多 50 个字符' })
  q?: string;

  @ApiPropertyOptional({ type: 'integer', default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '页码应为整数' })
  @Min(1, { message: '页码从 1 开始' })
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '每页条数应为整数' })
  @Min(1, { message: '每页至少 1 条' })
  @Max(200, { message: '每页最多 200 条' })
  pageSize = 20;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULE, PASSWORD_RULE_MESSAGE } from '../passwords';

export class LoginDto {
  @ApiProperty({ example: 'editor' })
  @IsString({ message: '请输入用户名' })
  @MinLength(1, { message: '请输入用户名' })
  @MaxLength(64, { message: '用户名最多 64 个字符' })
  username: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString({ message: '请输入密码' })
  @MinLength(1, { message: '请输入密码' })
  @MaxLength(128, { message: '密码最多 128 个字符' })
  password: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString({ message: '缺少刷新令牌' })
  @MaxLength(200, { message: '刷新令牌格式有误' })
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString({ message: '请输入当前密码' })
  @MaxLength(128, { message: '密码最多 128 个字符' })
  currentPassword: string;

  @ApiProperty({ description: PASSWORD_RULE_MESSAGE })
  @IsString({ message: PASSWORD_RULE_MESSAGE })
  @Matches(PASSWORD_RULE, { message: PASSWORD_RULE_MESSAGE })
  newPassword: string;
}

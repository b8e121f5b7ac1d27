import { Body, Controller, Get, HttpCode, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppConfig } from '@sqmy/config';
import { TokenPair } from '@sqmy/contract';
import { ApiAnswer } from '@sqmy/http';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Public, SignedIn } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto, RefreshDto } from './dto/auth.dto';

/** Cookie read only by the admin pages outside the SPA (Bull Board); the API itself takes the bearer header. */
export const ACCESS_COOKIE = 'sqmy_access';

@ApiTags('登录与账户')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('login')
  @ApiAnswer('TokenPair')
  @HttpCode(200)
  @ApiOperation({ summary: '用户名密码登录' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<TokenPair> {
    const pair = await this.auth.login(dto.username, dto.password, { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null });
    return this.withCookie(res, pair);
  }

  @Public()
  @Post('refresh')
  @ApiAnswer('TokenPair')
  @HttpCode(200)
  @ApiOperation({ summary: '用刷新令牌换取新令牌（旧刷新令牌随即作废）' })
  async refresh(@Body() dto: RefreshDto, @Res({ passthrough: true }) res: Response): Promise<TokenPair> {
    return this.withCookie(res, await this.auth.refresh(dto.refreshToken));
  }

  @SignedIn()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录（本次登录的令牌全部失效）' })
  async logout(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(principal);
    res.clearCookie(ACCESS_COOKIE, { path: '/admin' });
  }

  @SignedIn()
  @Get('me')
  @ApiAnswer('AccountView')
  @ApiOperation({ summary: '当前登录人' })
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal.id);
  }

  @SignedIn()
  @Put('password')
  @HttpCode(204)
  @ApiOperation({ summary: '修改密码（其他设备上的登录随即退出）' })
  changePassword(@CurrentPrincipal() principal: Principal, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(principal, dto.currentPassword, dto.newPassword);
  }

  private withCookie(res: Response, pair: TokenPair): TokenPair {
    res.cookie(ACCESS_COOKIE, pair.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.env.NODE_ENV === 'production',
      path: '/admin',
      maxAge: pair.expiresIn * 1000,
    });
    return pair;
  }
}

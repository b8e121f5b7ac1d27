import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { Access, CurrentPrincipal, orgInBody, orgInQuery, userInParam } from '../access/access.decorators';
import { Permission } from '@sqmy/contract';
import { Principal } from '../access/principal';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('用户管理')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiAnswer('UserPage')
  @Access(Permission.UsersRead, orgInQuery('orgId'))
  @ApiOperation({ summary: '管理范围内的用户，可按组织、角色、关键词筛选' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUsersQuery) {
    return this.users.list(principal, query);
  }

  @Get(':id')
  @ApiAnswer('UserView')
  @Access(Permission.UsersRead, userInParam())
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.users.get(id);
  }

  @Post()
  @ApiAnswer('UserView')
  @Access(Permission.UsersManage, orgInBody('orgId'))
  @ApiOperation({ summary: '新建账号' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateUserDto) {
    return this.users.create(principal, dto);
  }

  @Patch(':id')
  @ApiAnswer('UserView')
  @Access(Permission.UsersManage, userInParam())
  @ApiOperation({ summary: '修改账号（姓名、手机号、角色、所属组织、身份、启用状态）' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(principal, id, dto);
  }

  @Post(':id/reset-password')
  @ApiAnswer('PasswordReset')
  @Access(Permission.UsersManage, userInParam())
  @ApiOperation({ summary: '重置密码（新密码只显示这一次）' })
  resetPassword(@CurrentPrincipal() principal: Principal, @Param('id', ParseUuidPipe) id: string) {
    return this.users.resetPassword(principal, id);
  }
}

import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ParseUuidPipe } from '@sqmy/http';
import { Access, CurrentPrincipal, orgInBody, orgInParam } from '../access/access.decorators';
import { Permission } from '@sqmy/contract';
import { Principal } from '../access/principal';
import { CreateOrganisationDto, RenameOrganisationDto } from './dto/organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('组织机构')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiAnswer(['OrganisationView'])
  @Access(Permission.OrganisationsRead)
  @ApiOperation({ summary: '可见的组织（平铺，按 parentId 组树）' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.organisations.list(principal);
  }

  @Get(':id')
  @ApiAnswer('OrganisationView')
  @Access(Permission.OrganisationsRead, orgInParam())
  get(@Param('id', ParseUuidPipe) id: string) {
    return this.organisations.get(id);
  }

  @Post()
  @ApiAnswer('OrganisationView')
  @Access(Permission.OrganisationsManage, orgInBody('parentId'))
  @ApiOperation({ summary: '新建下级组织或报送单位' })
  create(@Body() dto: CreateOrganisationDto) {
    return this.organisations.create(dto);
  }

  @Patch(':id')
  @ApiAnswer('OrganisationView')
  @Access(Permission.OrganisationsManage, orgInParam())
  @ApiOperation({ summary: '重命名组织' })
  rename(@Param('id', ParseUuidPipe) id: string, @Body() dto: RenameOrganisationDto) {
    return this.organisations.rename(id, dto.name);
  }
}

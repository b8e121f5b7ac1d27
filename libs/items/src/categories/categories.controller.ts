import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { SignedIn } from '@sqmy/accounts';
import { ApiAnswer } from '@sqmy/http';
import { DataSource } from 'typeorm';
import { Category } from './category.entity';

@ApiTags('选题与约稿')
@Controller('categories')
export class CategoriesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiAnswer(['CategoryView'])
  @SignedIn()
  list() {
    return this.dataSource.getRepository(Category).find({ where: { active: true }, order: { position: 'ASC' } });
  }
}

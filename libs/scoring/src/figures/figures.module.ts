import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { FiguresController } from './figures.controller';
import { FiguresService } from './figures.service';

/** The annual figures (年度统计): plain SQL over items, issues, reports, adoptions and the 批示 register. */
@Module({
  imports: [AccountsModule],
  controllers: [FiguresController],
  providers: [FiguresService],
  exports: [FiguresService],
})
export class FiguresModule {}

import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { AdoptionEvidenceService } from './adoptions/adoption-evidence.service';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { AdoptionsService } from './adoptions/adoptions.service';
import { InstructionRegister } from './instructions/instruction-register';
import { InstructionsController } from './instructions/instructions.controller';
import { InstructionsService } from './instructions/instructions.service';
import { ItemOutcomesController } from './item-outcomes.controller';
import { ItemOutcomesReader } from './item-outcomes.reader';
import { OutletsController } from './outlets/outlets.controller';
import { OutletsService } from './outlets/outlets.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';

/** The recording side of outcomes: outlets, reports (报送), adoptions (采用), the 批示 register, an item's outcomes. */
@Module({
  imports: [AccountsModule, QueueModule, StorageModule],
  controllers: [OutletsController, ReportsController, AdoptionsController, InstructionsController, ItemOutcomesController],
  providers: [OutletsService, ReportsService, AdoptionsService, AdoptionEvidenceService, InstructionRegister, InstructionsService, ItemOutcomesReader],
})
export class OutcomesModule {}

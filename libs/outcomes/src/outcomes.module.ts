import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { PublicationRecorder } from '@sqmy/bulletins';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { AdoptionEvidenceService } from './adoptions/adoption-evidence.service';
import { AdoptionsController } from './adoptions/adoptions.controller';
import { AdoptionsService } from './adoptions/adoptions.service';
import { PublishedAdoptions } from './adoptions/compiled-events';
import { InstructionRegister } from './instructions/instruction-register';
import { InstructionsController } from './instructions/instructions.controller';
import { InstructionsService } from './instructions/instructions.service';
import { OutletsController } from './outlets/outlets.controller';
import { OutletsService } from './outlets/outlets.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';

/** The recording side of outcomes: outlets, reports (报送), adoptions (采用), the 批示 register; the 编发 events of publishing (PublicationRecorder). */
@Module({
  imports: [AccountsModule, QueueModule, StorageModule],
  controllers: [OutletsController, ReportsController, AdoptionsController, InstructionsController],
  providers: [OutletsService, ReportsService, AdoptionsService, AdoptionEvidenceService, InstructionRegister, InstructionsService, { provide: PublicationRecorder, useClass: PublishedAdoptions }],
})
export class OutcomesModule {}

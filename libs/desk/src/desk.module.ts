import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { ItemsModule } from '@sqmy/items';
import { QueueModule } from '@sqmy/queue';
import { DeskController } from './desk.controller';
import { DeskListsService } from './desk-lists/desk-lists.service';
import { EditingController } from './editing/editing.controller';
import { EditingService } from './editing/editing.service';
import { MergeController } from './merging/merge.controller';
import { MergeService } from './merging/merge.service';
import { DeskProcessor } from './reminders/desk.processor';
import { ReminderSchedule } from './reminders/reminder.schedule';
import { RemindersService } from './reminders/reminders.service';
import { ReviewController } from './review/review.controller';
import { ReviewService } from './review/review.service';
import { RejectReasonsController } from './screening/reject-reasons.controller';
import { ScreeningController } from './screening/screening.controller';
import { ScreeningService } from './screening/screening.service';
import { DeskSettingsService } from './settings/desk-settings.service';

/** The API side of the desk: screening, editing, merging, review, its lists and settings. */
@Module({
  imports: [AccountsModule, QueueModule, ItemsModule],
  controllers: [ScreeningController, EditingController, MergeController, ReviewController, DeskController, RejectReasonsController],
  providers: [ScreeningService, EditingService, MergeService, ReviewService, DeskListsService, DeskSettingsService],
})
export class DeskModule {}

/** The worker side: the hourly reminders. */
@Module({
  imports: [QueueModule],
  providers: [RemindersService, DeskProcessor, ReminderSchedule],
})
export class DeskWorkerModule {}

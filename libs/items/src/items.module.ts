import { Module } from '@nestjs/common';
import { AccountsModule } from '@sqmy/accounts';
import { NotificationsWorkerModule } from '@sqmy/notifications';
import { QueueModule } from '@sqmy/queue';
import { StorageModule } from '@sqmy/storage';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsService } from './attachments/attachments.service';
import { CategoriesController } from './categories/categories.controller';
import { CommissionsController } from './commissions/commissions.controller';
import { CommissionsService } from './commissions/commissions.service';
import { IntakeProcessor } from './intake/intake.processor';
import { IntakeService } from './intake/intake.service';
import { ItemReader } from './items/item-reader';
import { ItemSearchService } from './items/item-search.service';
import { ItemTransitionsService } from './items/item-transitions.service';
import { ItemsController } from './items/items.controller';
import { ItemsService } from './items/items.service';
import { TopicsController } from './topics/topics.controller';
import { TopicsService } from './topics/topics.service';

/** The API side: topics, commissions, categories and items with their authors' moves. */
@Module({
  imports: [AccountsModule, QueueModule, StorageModule],
  controllers: [CategoriesController, TopicsController, CommissionsController, ItemsController, AttachmentsController],
  providers: [TopicsService, CommissionsService, ItemsService, ItemReader, ItemTransitionsService, AttachmentsService, ItemSearchService],
  exports: [ItemReader, ItemTransitionsService],
})
export class ItemsModule {}

/** The worker side: the intake of submitted versions. */
@Module({
  imports: [NotificationsWorkerModule],
  providers: [IntakeService, IntakeProcessor],
})
export class ItemsWorkerModule {}

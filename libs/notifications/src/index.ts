export { Notification } from './notification.entity';
export { NotificationsService } from './notifications.service';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';

export { Notification } from './notification.entity';
export { NotificationsService, NotificationView } from './notifications.service';
export { NotificationsModule, NotificationsWorkerModule } from './notifications.module';

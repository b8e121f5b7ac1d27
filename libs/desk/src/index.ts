export { DeskModule, DeskWorkerModule } from './desk.module';
export { DeskSettings } from './settings/desk-settings.entity';
export { ItemReminder, ReminderKind } from './reminders/item-reminder.entity';
export { RemindersService } from './reminders/reminders.service';

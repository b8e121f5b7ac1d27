import { LoginAttempt, Organisation, Session, User } from '@sqmy/accounts';
import { Notification } from '@sqmy/notifications';
import { OutboxMessage } from '@sqmy/queue';

/** Every entity of the product: what the apps map and what migrations are generated from. */
export const ENTITIES = [Organisation, User, Session, LoginAttempt, Notification, OutboxMessage];

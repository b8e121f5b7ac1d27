export interface NotificationView {
  id: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/** Newest first; `nextBefore` asks for the page after this one. */
export interface NotificationPage {
  items: NotificationView[];
  unreadCount: number;
  nextBefore: string | null;
}

export interface UnreadCount {
  unreadCount: number;
}

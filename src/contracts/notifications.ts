import { z } from 'zod';
import { zUuid } from './fields';

/** One in-app notification (站内消息). */
export interface NotificationItem {
  id: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  isRead: boolean;
}

export interface NotificationList {
  items: NotificationItem[];
  unreadCount: number;
}

export const zNotificationIdParams = z.strictObject({ id: zUuid('消息编号') });

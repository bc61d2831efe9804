// Tells the people who must act next (F3 item 6). Called inside the transaction that creates the work, so a
// notification exists exactly when the change does.
import { notificationsRepository, type Recipients } from '../../db/repositories/notifications.repository';
import type { Db } from '../../db/client';
import type { Deps } from './context';

export interface Notice {
  title: string;
  body: string;
  /** Workspace path to open. */
  link?: string | null;
}

export async function notify(tx: Db, deps: Pick<Deps, 'clock'>, recipients: Recipients, notice: Notice): Promise<void> {
  const userIds = await notificationsRepository.findRecipientIds(tx, recipients);
  const createdAt = deps.clock.now();
  await notificationsRepository.insertMany(
    tx,
    userIds.map((userId) => ({ userId, title: notice.title, body: notice.body, link: notice.link ?? null, createdAt })),
  );
}

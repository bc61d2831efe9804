// 站内消息 through the HTTP API: each person sees only their own, newest first, and can mark them read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationsRepository } from '../../db/repositories/notifications.repository';
import { usersRepository } from '../../db/repositories/users.repository';
import { createTestApp, JSON_HEADERS, type TestApp } from '../testing/test-app';
import { notify } from '../use-cases/notify';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('notifications', () => {
  it('reach exactly the users of the role and city named, and each marks only their own read', async () => {
    const guangzhou = await t.signIn('city', { cityCode: '440100' });
    const shenzhen = await t.signIn('city', { cityCode: '440300' });
    await notify(t.database.db, t.deps, { role: 'city', cityCode: '440100' }, { title: '有新的申报待初审', body: '测试平台已提交申报。', link: '/workspace/city-review' });

    const mine = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: guangzhou.cookie } });
    expect(mine.statusCode).toBe(200);
    const list = mine.json();
    expect(list.unreadCount).toBe(1);
    expect(list.items).toEqual([expect.objectContaining({ title: '有新的申报待初审', link: '/workspace/city-review', isRead: false })]);

    const theirs = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: shenzhen.cookie } });
    expect(theirs.json()).toEqual({ items: [], unreadCount: 0 });

    const id = list.items[0].id;
    const stranger = await t.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: { ...JSON_HEADERS, cookie: shenzhen.cookie }, payload: {} });
    expect(stranger.statusCode).toBe(404);
    for (let i = 0; i < 2; i += 1) {
      const read = await t.app.inject({ method: 'POST', url: `/api/notifications/${id}/read`, headers: { ...JSON_HEADERS, cookie: guangzhou.cookie }, payload: {} });
      expect(read.statusCode).toBe(200);
    }
    expect(await notificationsRepository.countUnread(t.database.db, guangzhou.userId)).toBe(0);
  });

  it('refuses a malformed id with a Chinese field message', async () => {
    const officer = await t.signIn('province');
    const response = await t.app.inject({ method: 'POST', url: '/api/notifications/not-an-id/read', headers: { ...JSON_HEADERS, cookie: officer.cookie }, payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'id', message: '消息编号格式有误' }]);
  });

  it('skips disabled accounts', async () => {
    const disabled = await t.signIn('province');
    await t.database.db.transaction(async (tx) => {
      await usersRepository.setDisabled(tx, disabled.userId, true);
      await notify(tx, t.deps, { role: 'province', userIds: [disabled.userId] }, { title: '测试', body: '测试' });
    });
    expect(await notificationsRepository.countUnread(t.database.db, disabled.userId)).toBe(0);
  });
});

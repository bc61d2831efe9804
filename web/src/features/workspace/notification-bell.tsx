import { useEffect } from 'react';
import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import type { NotificationList } from '../../../../src/contracts/notifications';
import { useFetch } from '../../lib/use-fetch';

// The header's 消息 button with the unread count; refreshed whenever the person moves to another page.
export function NotificationBell() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const list = useFetch<NotificationList>('/api/notifications');
  const { reload } = list;
  useEffect(() => reload(), [pathname, reload]);
  const unread = list.data?.unreadCount ?? 0;
  return (
    <Badge count={unread} size="small" offset={[-4, 4]}>
      <Button
        type="text"
        aria-label={unread > 0 ? `消息通知，${unread}条未读` : '消息通知'}
        icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
        onClick={() => navigate('/workspace/notifications')}
      />
    </Badge>
  );
}

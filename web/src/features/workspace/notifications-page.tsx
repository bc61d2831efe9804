import { Badge, Button, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { NotificationItem, NotificationList } from '../../../../src/contracts/notifications';
import { ErrorResult } from '../../components/error-result';
import { api } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { formatDateTime } from '../../lib/format-date-time';

// 站内消息: what the system told this person, newest first. Opening one marks it read and goes to its page.
export function NotificationsPage() {
  const list = useFetch<NotificationList>('/api/notifications');
  const navigate = useNavigate();

  const open = async (item: NotificationItem) => {
    if (!item.isRead) await api.post(`/api/notifications/${item.id}/read`).catch(() => undefined);
    if (item.link) navigate(item.link);
    else list.reload();
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        消息通知
        {list.data && list.data.unreadCount > 0 && <Badge count={list.data.unreadCount} style={{ marginInlineStart: 8 }} title={`${list.data.unreadCount} 条未读`} />}
      </Typography.Title>
      <Card>
        {list.error ? (
          <ErrorResult error={list.error} onRetry={list.reload} />
        ) : !list.data ? (
          <Skeleton active />
        ) : list.data.items.length === 0 ? (
          <Empty description="暂无消息" />
        ) : (
          <List
            aria-label="消息列表"
            dataSource={list.data.items}
            renderItem={(item) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" onClick={() => void open(item)}>
                    {item.link ? '查看' : '标为已读'}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <span>
                      {!item.isRead && <Tag color="red">未读</Tag>}
                      {item.title}
                    </span>
                  }
                  description={
                    <>
                      <Typography.Paragraph style={{ margin: 0 }}>{item.body}</Typography.Paragraph>
                      <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}

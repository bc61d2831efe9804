import { Badge, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { TodoItem } from '../../../../src/contracts/todos';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { useSession } from './session';

export function TodosPage() {
  const { user } = useSession();
  const todos = useFetch<{ items: TodoItem[] }>('/api/todos');

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 16 }}>
        您好，{user.displayName}
      </Typography.Title>
      <Card title="待办事项">
        {todos.error ? (
          <ErrorResult error={todos.error} onRetry={todos.reload} />
        ) : !todos.data ? (
          <Skeleton active />
        ) : todos.data.items.length === 0 ? (
          <Empty description="暂无待办事项" />
        ) : (
          <ul aria-label="待办事项" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {todos.data.items.map((item) => (
              <TodoRow key={item.key} item={item} />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}

function TodoRow({ item }: { item: TodoItem }) {
  return (
    <li style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <div style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Typography.Text strong>{item.title}</Typography.Text>
          <Badge count={item.count} overflowCount={999} style={{ marginInlineStart: 8 }} title={`${item.count} 项`} />
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {item.description}
          </Typography.Paragraph>
        </div>
        {item.link && (
          <Link to={item.link} aria-label={`去处理：${item.title}`}>
            去处理 <RightOutlined />
          </Link>
        )}
      </Flex>
    </li>
  );
}

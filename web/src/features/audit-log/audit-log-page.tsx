// 安全审计员的操作日志（F7 item 1）。
import { Typography } from 'antd';

export function AuditLogPage() {
  return <Typography.Title level={3}>操作日志</Typography.Title>;
}

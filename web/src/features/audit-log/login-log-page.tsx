// 安全审计员的登录日志（F7 item 1）。
import { Typography } from 'antd';

export function LoginLogPage() {
  return <Typography.Title level={3}>登录日志</Typography.Title>;
}

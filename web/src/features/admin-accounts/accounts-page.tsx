// 系统管理员的账号管理（F7 item 2，三员分立）。
import { Typography } from 'antd';

export function AccountsPage() {
  return <Typography.Title level={3}>账号管理</Typography.Title>;
}

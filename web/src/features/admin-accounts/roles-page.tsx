// 安全保密管理员的角色授权与安全策略（F7 item 2，三员分立）。
import { Typography } from 'antd';

export function RolesPage() {
  return <Typography.Title level={3}>角色授权</Typography.Title>;
}

import { Spin } from 'antd';

export function PageLoading() {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: '80px 16px' }}>
      <Spin size="large" description="正在加载…" />
    </div>
  );
}

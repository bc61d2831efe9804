import { Spin } from 'antd';

/** Loading state of a page or list; `.page-loading` (styles.css) reserves the height the content will take. */
export function PageLoading() {
  return (
    <div className="page-loading">
      <Spin size="large" description="正在加载…" />
    </div>
  );
}

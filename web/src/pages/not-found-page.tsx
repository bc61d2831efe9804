import { NotFoundResult } from '../components/not-found-result';
import { PublicLayout } from '../components/public-layout';

export function NotFoundPage() {
  return (
    <PublicLayout>
      <NotFoundResult subTitle="您访问的页面不存在或已移动。" backTo="/" backLabel="返回首页" />
    </PublicLayout>
  );
}

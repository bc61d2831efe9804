import { Result } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { LinkButton } from '../components/link-button';
import { PublicLayout } from '../components/public-layout';

export function NotFoundPage() {
  return (
    <PublicLayout>
      <Result
        icon={<FileSearchOutlined style={{ color: '#8c99ad' }} />}
        title="页面不存在"
        subTitle="您访问的页面不存在或已移动。"
        extra={
          <LinkButton type="primary" to="/">
            返回首页
          </LinkButton>
        }
      />
    </PublicLayout>
  );
}

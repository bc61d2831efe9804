import { Result } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { LinkButton } from './link-button';

/** "页面不存在", with a way back: used by the public site and the workspaces alike. */
export function NotFoundResult({ subTitle, backTo, backLabel }: { subTitle: string; backTo: string; backLabel: string }) {
  return (
    <Result
      icon={<FileSearchOutlined style={{ color: '#8c99ad' }} />}
      title="页面不存在"
      subTitle={subTitle}
      extra={
        <LinkButton type="primary" to={backTo}>
          {backLabel}
        </LinkButton>
      }
    />
  );
}

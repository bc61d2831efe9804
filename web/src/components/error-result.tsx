import type { ReactNode } from 'react';
import { Button, Result } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { Navigate } from 'react-router-dom';
import type { ApiError } from '../lib/api';

interface ErrorResultProps {
  error: ApiError;
  /** What to say when the server answers 404 (or 400 for a malformed id, which is the same to the reader). */
  notFoundTitle?: string;
  onRetry?: () => void;
  extra?: ReactNode;
}

export function ErrorResult({ error, notFoundTitle, onRetry, extra }: ErrorResultProps) {
  if (error.status === 401) return <Navigate to="/login" replace />;
  if (notFoundTitle && (error.status === 404 || error.status === 400)) {
    return <Result icon={<FileSearchOutlined style={{ color: '#8c99ad' }} />} title={notFoundTitle} extra={extra} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={error.message}
      extra={
        <>
          {onRetry && (
            <Button type="primary" onClick={onRetry}>
              重试
            </Button>
          )}
          {extra}
        </>
      }
    />
  );
}

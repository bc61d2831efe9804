// 数据接口 tab of a creation object (F4 item 2(b), 全国一张网 style): the operator makes keys for its own systems to
// push data with, sees each key once, and revokes keys it no longer uses; the city, the province and the auditors
// see which keys exist. A short guide to the push API is shown to everyone.
import { useState } from 'react';
import { Alert, Flex } from 'antd';
import type { ApiKeyList, CreatedApiKey } from '../../../../src/contracts/api-keys';
import type { CreationObjectSummary } from '../../../../src/contracts/creation-objects';
import { ErrorResult } from '../../components/error-result';
import { useFetch } from '../../lib/use-fetch';
import { ApiKeysCard } from './api-keys-card';
import { CreatedKeyAlert } from './created-key-alert';
import { PushApiGuide } from './push-api-guide';
import './api-keys.css';

export const apiKeysPath = (objectId: string) => `/api/creation-objects/${objectId}/api-keys`;

export function ApiKeysTab({ object }: { object: CreationObjectSummary }) {
  const list = useFetch<ApiKeyList>(apiKeysPath(object.id));
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const canManage = object.canWrite && object.isCollectingData;
  return (
    <Flex vertical gap={16} className="api-keys">
      {!object.canWrite && <Alert type="info" showIcon title="数据接口密钥由运营主体创建和管理；此处可查看密钥的用途、状态和最近使用时间。" />}
      {object.canWrite && !object.isCollectingData && <Alert type="info" showIcon title={`该对象当前状态为“${object.stateLabel}”，不在数据采集期内，不能创建密钥。`} />}
      {created && <CreatedKeyAlert created={created} onClose={() => setCreated(null)} />}
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : (
        <ApiKeysCard
          objectId={object.id}
          list={list.data}
          loading={list.loading}
          canManage={canManage}
          onCreated={(key) => {
            setCreated(key);
            list.reload();
          }}
          onChanged={list.reload}
        />
      )}
      <PushApiGuide object={object} />
    </Flex>
  );
}

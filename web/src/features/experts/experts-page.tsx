import { useState } from 'react';
import { App, Button, Card, Descriptions, Grid, Modal, Popconfirm, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { AddExpertResult, ExpertList, ExpertView } from '../../../../src/contracts/experts';
import { ErrorResult } from '../../components/error-result';
import { api, toApiError } from '../../lib/api';
import { useFetch } from '../../lib/use-fetch';
import { AddExpertModal } from './add-expert-modal';
import { AvoidanceModal } from './avoidance-modal';

const Avoidances = ({ expert }: { expert: ExpertView }) =>
  expert.avoidances.length === 0 ? (
    <Typography.Text type="secondary">无</Typography.Text>
  ) : (
    <Space direction="vertical" size={0}>
      {expert.avoidances.map((a) => (
        <span key={a.organisationId}>
          {a.organisationName}：{a.reason}
        </span>
      ))}
    </Space>
  );

/** 评审专家库 (province, Art. 7(2)): the pool, new experts with their accounts, relationships to avoid. */
export function ExpertsPage() {
  const list = useFetch<ExpertList>('/api/experts');
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AddExpertResult | null>(null);
  const [avoiding, setAvoiding] = useState<ExpertView | null>(null);

  const deactivate = async (expert: ExpertView) => {
    try {
      await api.post(`/api/experts/${expert.id}/deactivate`, {});
      void message.success(`已停用${expert.name}，今后不再参加抽取`);
      list.reload();
    } catch (caught) {
      void message.error(toApiError(caught).message);
    }
  };

  const actions = (expert: ExpertView) => (
    <Space wrap size={4}>
      <Button size="small" onClick={() => setAvoiding(expert)}>
        登记利害关系
      </Button>
      {expert.isActive && (
        <Popconfirm title={`停用${expert.name}？`} description="停用后不再参加抽取，已有评审记录保留。" okText="停用" cancelText="取消" onConfirm={() => deactivate(expert)}>
          <Button size="small" danger>
            停用
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  const columns: TableColumnsType<ExpertView> = [
    { key: 'name', title: '姓名', render: (_v, e) => <>{e.name} {!e.isActive && <Tag>已停用</Tag>}</> },
    { key: 'field', title: '专业领域', dataIndex: 'field' },
    { key: 'employer', title: '工作单位', dataIndex: 'employer' },
    { key: 'city', title: '所在地市', dataIndex: 'cityName', width: 100 },
    { key: 'term', title: '聘期', width: 200, render: (_v, e) => `${e.termStartsOn} 至 ${e.termEndsOn}` },
    { key: 'username', title: '登录用户名', dataIndex: 'username' },
    { key: 'avoidances', title: '利害关系', render: (_v, e) => <Avoidances expert={e} /> },
    { key: 'actions', title: '操作', width: 200, render: (_v, e) => actions(e) },
  ];

  return (
    <Card
      title="评审专家库"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          添加专家
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        专家评审由省工业和信息化厅组织（《办法》第七条）。抽取时自动回避：任职于申报单位、与申报单位同一地市、已登记利害关系、已停用或不在聘期内的专家。
      </Typography.Paragraph>
      {list.error ? (
        <ErrorResult error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Skeleton active />
      ) : screens.md ? (
        <Table<ExpertView> rowKey="id" size="small" columns={columns} dataSource={list.data.items} pagination={false} locale={{ emptyText: '专家库暂无专家' }} />
      ) : (
        <ul aria-label="评审专家" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {list.data.items.map((e) => (
            <li key={e.id} style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>{e.name}</Typography.Text> {!e.isActive && <Tag>已停用</Tag>}
              <div>
                {e.field} · {e.cityName}
              </div>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {e.employer}；聘期 {e.termStartsOn} 至 {e.termEndsOn}
              </Typography.Text>
              <div style={{ marginTop: 4 }}>
                <Avoidances expert={e} />
              </div>
              <div style={{ marginTop: 8 }}>{actions(e)}</div>
            </li>
          ))}
        </ul>
      )}
      <AddExpertModal
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(result) => {
          setAdding(false);
          setAdded(result);
          list.reload();
        }}
      />
      <AvoidanceModal
        expert={avoiding}
        onClose={() => setAvoiding(null)}
        onSaved={() => {
          setAvoiding(null);
          void message.success('已登记利害关系');
          list.reload();
        }}
      />
      <Modal title="专家账号已开通" open={added !== null} onOk={() => setAdded(null)} onCancel={() => setAdded(null)} okText="我已记下" cancelButtonProps={{ style: { display: 'none' } }}>
        {added && (
          <>
            <Typography.Paragraph type="warning">初始密码只显示这一次，请立即告知专家本人；专家首次登录后须修改密码。</Typography.Paragraph>
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label="专家">{added.expert.name}</Descriptions.Item>
              <Descriptions.Item label="登录用户名">{added.expert.username}</Descriptions.Item>
              <Descriptions.Item label="初始密码">
                <Typography.Text code copyable data-testid="initial-password">
                  {added.initialPassword}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Modal>
    </Card>
  );
}

// 待发放密码 (F7 item 2, ADR 0020): the second halves of one-time passwords the system administrator made, waiting
// for the security administrator. 发放 shows a half once — the server empties its copy — and the holder types it
// after the first half the system administrator handed over. Neither administrator can act on its own account.
import { useState } from 'react';
import { Alert, App, Button, Card, Grid, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { CredentialHandoverList, CredentialHandoverView, IssuedSecondHalf } from '../../../../src/contracts/accounts';
import { LoadErrorAlert } from '../../components/form-alerts';
import { api, toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';

const { Paragraph, Text } = Typography;

function SecondHalfModal({ issued, onClose }: { issued: IssuedSecondHalf; onClose: () => void }) {
  return (
    <Modal open title="密码第二段" onCancel={onClose} onOk={onClose} okText="我已记下，关闭" cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false} destroyOnHidden>
      <Paragraph>
        账号 <Text strong>{issued.account.username}</Text>（{issued.account.displayName}）的一次性密码<Text strong>第二段</Text>：
      </Paragraph>
      <Paragraph copyable={{ text: issued.secondHalf, tooltips: ['复制第二段', '已复制'] }} aria-label="一次性密码第二段" className="second-half">
        <Text code style={{ fontSize: 18 }}>
          {issued.secondHalf}
        </Text>
      </Paragraph>
      <Alert type="warning" showIcon title="第二段只显示这一次" description={issued.explanation} />
    </Modal>
  );
}

const who = (h: CredentialHandoverView) => `${h.requestedByName ?? '—'}，${formatDateTime(h.requestedAt)}`;

export function PendingHandovers() {
  const screens = Grid.useBreakpoint();
  const { modal, message } = App.useApp();
  const { data, error, loading, reload } = useFetch<CredentialHandoverList>('/api/admin/credential-handovers');
  const [issued, setIssued] = useState<IssuedSecondHalf | null>(null);

  const issue = (h: CredentialHandoverView) =>
    modal.confirm({
      title: `发放“${h.displayName}”的密码第二段？`,
      content: '第二段只显示这一次，关闭后系统不再保存。请当面或通过安全渠道交给本人，不要经系统管理员转交。',
      okText: '发放',
      cancelText: '取消',
      onOk: async () => {
        try {
          setIssued(await api.post<IssuedSecondHalf>(`/api/admin/credential-handovers/${h.id}/issue`, {}));
        } catch (caught) {
          void message.error(toApiError(caught).message);
        }
        reload();
      },
    });

  const action = (h: CredentialHandoverView) =>
    h.isOwnAccount ? (
      <Text type="secondary">本人账号，须由他人发放</Text>
    ) : (
      <Button type="primary" size="small" onClick={() => issue(h)}>
        发放
      </Button>
    );

  const columns: TableColumnsType<CredentialHandoverView> = [
    {
      key: 'account',
      title: '账号',
      render: (_v, h) => (
        <Space orientation="vertical" size={0}>
          <Text strong>{h.displayName}</Text>
          <Text type="secondary">{h.username}</Text>
        </Space>
      ),
    },
    { key: 'kind', title: '原因', render: (_v, h) => <Tag>{h.kindLabel}</Tag> },
    { key: 'requested', title: '申请人与时间', render: (_v, h) => who(h) },
    { key: 'actions', title: '操作', render: (_v, h) => action(h) },
  ];
  const handovers = data?.handovers ?? [];

  return (
    <section aria-label="待发放密码">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          待发放密码{handovers.length > 0 ? `（${handovers.length}）` : ''}
        </Typography.Title>
        <Paragraph type="secondary" style={{ margin: 0 }}>
          系统管理员新建账号或重置密码时只看到一次性密码的第一段；第二段在此由您发放给本人，两段连在一起才是完整密码（双人分段保管）。
        </Paragraph>
        {error && <LoadErrorAlert what="待发放密码" error={error} onRetry={reload} />}
        {screens.md === false ? (
          handovers.length === 0 ? (
            <Text type="secondary">暂无待发放的密码</Text>
          ) : (
            // At 375 px each handover is a card (role="row", like a table row), so nothing scrolls sideways.
            <Space orientation="vertical" size="small" style={{ width: '100%' }} role="table" aria-label="待发放密码列表">
              {handovers.map((h) => (
                <Card key={h.id} size="small" role="row" aria-label={`${h.displayName} ${h.username}`}>
                  <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                      <span>
                        <Text strong>{h.displayName}</Text> <Text type="secondary">{h.username}</Text>
                      </span>
                      <Tag>{h.kindLabel}</Tag>
                    </Space>
                    <Text type="secondary">申请：{who(h)}</Text>
                    {action(h)}
                  </Space>
                </Card>
              ))}
            </Space>
          )
        ) : (
          <Table<CredentialHandoverView>
            rowKey="id"
            size="small"
            loading={loading}
            dataSource={handovers}
            columns={columns}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无待发放的密码' }}
          />
        )}
        {issued && <SecondHalfModal issued={issued} onClose={() => setIssued(null)} />}
      </Space>
    </section>
  );
}

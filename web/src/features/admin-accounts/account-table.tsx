// The account list both administrators work from (F7 item 2, 三员分立): user name, name, roles with their scope,
// status, last login and password age — never business data. Each page adds its own actions column.
import { useEffect, useState } from 'react';
import { Button, Card, Grid, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AccountList, AccountRoleView, AccountView } from '../../../../src/contracts/accounts';
import { LoadErrorAlert } from '../../components/form-alerts';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';

const STATUS_COLORS: Record<AccountView['status'], string> = { active: 'success', disabled: 'default', locked: 'error' };

export function roleText(role: AccountRoleView): string {
  const scope = role.cityName ?? role.organisationName;
  return scope ? `${role.roleLabel}（${scope}）` : role.roleLabel;
}

export function StatusTag({ account }: { account: AccountView }) {
  return <Tag color={STATUS_COLORS[account.status]}>{account.statusLabel}</Tag>;
}

interface Props {
  renderActions: (account: AccountView, reload: () => void) => React.ReactNode;
  /** Bumped by the page after a change made outside the table (a new account). */
  refreshKey?: number;
}

function RoleTags({ account }: { account: AccountView }) {
  if (account.roles.length === 0) return <Typography.Text type="secondary">未授权</Typography.Text>;
  // A long scope (an organisation's full name) wraps inside its tag instead of pushing a phone page sideways.
  return account.roles.map((r) => (
    <Tag key={r.assignmentId} style={{ whiteSpace: 'normal', maxWidth: '100%', marginBottom: 4 }}>
      {roleText(r)}
    </Tag>
  ));
}

const lastLoginText = (a: AccountView) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : '从未登录');
const passwordAgeText = (a: AccountView) => (a.mustChangePassword ? '一次性密码' : `${a.passwordAgeDays}天`);

/** At 375 px each account is a card (role="row" keeps the same name a table row has), so nothing scrolls sideways. */
const CARDS_PER_STEP = 20;

function AccountCards({ accounts, renderActions, reload }: { accounts: AccountView[]; renderActions: Props['renderActions']; reload: () => void }) {
  // Twenty at a time, like the table's pages; 显示更多 adds the next twenty.
  const [shown, setShown] = useState(CARDS_PER_STEP);
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }} role="table" aria-label="账号列表">
      {accounts.slice(0, shown).map((a) => (
        <Card key={a.id} size="small" role="row" aria-label={`${a.displayName} ${a.username}`}>
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <span>
                <Typography.Text strong>{a.displayName}</Typography.Text> <Typography.Text type="secondary">{a.username}</Typography.Text>
              </span>
              <StatusTag account={a} />
            </Space>
            <div>
              <RoleTags account={a} />
            </div>
            <Typography.Text type="secondary">
              最近登录：{lastLoginText(a)}，密码已用：{passwordAgeText(a)}
            </Typography.Text>
            {renderActions(a, reload)}
          </Space>
        </Card>
      ))}
      {accounts.length > shown && (
        <Button block onClick={() => setShown((n) => n + CARDS_PER_STEP)}>
          显示更多（还有 {accounts.length - shown} 个账号）
        </Button>
      )}
    </Space>
  );
}

export function AccountTable({ renderActions, refreshKey = 0 }: Props) {
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  const { data, error, loading, reload } = useFetch<AccountList>(`/api/admin/accounts${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);
  const columns: TableColumnsType<AccountView> = [
    {
      key: 'account',
      title: '账号',
      render: (_v, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{a.displayName}</Typography.Text>
          <Typography.Text type="secondary">{a.username}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'roles',
      title: '角色',
      render: (_v, a) => <RoleTags account={a} />,
    },
    { key: 'status', title: '状态', render: (_v, a) => <StatusTag account={a} /> },
    { key: 'lastLoginAt', title: '最近登录', render: (_v, a) => lastLoginText(a) },
    { key: 'passwordAge', title: '密码已用', render: (_v, a) => passwordAgeText(a) },
    { key: 'actions', title: '操作', render: (_v, a) => renderActions(a, reload) },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Input.Search allowClear placeholder="按用户名或姓名搜索" enterButton="搜索" maxLength={50} onSearch={(value) => setQ(value.trim())} aria-label="搜索账号" style={{ maxWidth: 420 }} />
      {error && <LoadErrorAlert what="账号列表" error={error} onRetry={reload} />}
      {screens.md === false ? (
        data && data.accounts.length === 0 ? (
          <Typography.Text type="secondary">{q ? '没有符合条件的账号' : '暂无账号'}</Typography.Text>
        ) : (
          <AccountCards accounts={data?.accounts ?? []} renderActions={renderActions} reload={reload} />
        )
      ) : (
        <Table<AccountView>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.accounts ?? []}
          columns={columns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: q ? '没有符合条件的账号' : '暂无账号' }}
        />
      )}
    </Space>
  );
}

// 安全保密管理员的角色授权与安全策略（F7 item 2，三员分立）: issue the second halves of one-time passwords (ADR 0020),
// grant and withdraw roles, unlock an account locked after failed logins, reset a lost second factor, and read the
// permission matrix. The server refuses every administrator/business mix; each change is confirmed first and audited.
import { useState } from 'react';
import { App, Button, Space, Tabs, Typography } from 'antd';
import type { AccountRoleView, AccountView } from '../../../../src/contracts/accounts';
import { api, toApiError } from '../../lib/api';
import { useSession } from '../workspace/session';
import { AccountTable, roleText } from './account-table';
import { GrantRoleModal } from './grant-role-modal';
import { PendingHandovers } from './pending-handovers';
import { PermissionMatrixTable } from './permission-matrix-table';

// A scope can be a long organisation name: the button wraps rather than push the card past 375 px.
const WRAPPING = { whiteSpace: 'normal', height: 'auto', textAlign: 'left' } as const;

export function RolesPage() {
  const { user } = useSession();
  const { modal, message } = App.useApp();
  const [granting, setGranting] = useState<{ account: AccountView; reload: () => void } | null>(null);

  const confirmThen = (title: string, content: string, okText: string, run: () => Promise<unknown>, done: string, reload: () => void) =>
    modal.confirm({
      title,
      content,
      okText,
      cancelText: '取消',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await run();
          void message.success(done);
        } catch (caught) {
          void message.error(toApiError(caught).message);
        }
        reload();
      },
    });

  const withdraw = (account: AccountView, role: AccountRoleView, reload: () => void) =>
    confirmThen(
      `撤销“${account.displayName}”的${roleText(role)}角色？`,
      '撤销后，该账号以此角色登录的会话立即结束。',
      '撤销',
      () => api.delete(`/api/admin/accounts/${account.id}/roles/${role.assignmentId}`, {}),
      '角色已撤销',
      reload,
    );

  const accounts = (
    <AccountTable
      renderActions={(account, reload) =>
        account.id === user.id ? (
          <Typography.Text type="secondary">本人账号</Typography.Text>
        ) : (
          <Space size={0} wrap>
            <Button type="link" size="small" onClick={() => setGranting({ account, reload })}>
              授予角色
            </Button>
            {account.roles.map((role) => (
              <Button key={role.assignmentId} type="link" size="small" danger style={WRAPPING} onClick={() => withdraw(account, role, reload)}>
                撤销{roleText(role)}
              </Button>
            ))}
            {account.status === 'locked' && (
              <Button type="link" size="small" onClick={() => confirmThen(`解锁“${account.displayName}”？`, '该账号因连续登录失败被锁定；解锁后可立即重新登录。', '解锁', () => api.post(`/api/admin/accounts/${account.id}/unlock`, {}), '账号已解锁', reload)}>
                解锁
              </Button>
            )}
            {account.hasSecondFactor && (
              <Button
                type="link"
                size="small"
                onClick={() =>
                  confirmThen(`重置“${account.displayName}”的第二因素？`, '清除已绑定的身份验证器，该账号的会话立即结束，下次登录时须重新绑定。', '重置', () => api.post(`/api/admin/accounts/${account.id}/reset-second-factor`, {}), '第二因素已重置', reload)
                }
              >
                重置第二因素
              </Button>
            )}
          </Space>
        )
      }
    />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        角色授权
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        安全保密管理员负责发放一次性密码第二段、授予和撤销角色、解锁账号、重置第二因素；管理员角色不能与业务角色或其他管理员角色并存（三员分立）。
      </Typography.Paragraph>
      <PendingHandovers />
      <Tabs
        items={[
          { key: 'accounts', label: '账号与角色', children: accounts },
          { key: 'matrix', label: '权限矩阵', children: <PermissionMatrixTable /> },
        ]}
      />
      {granting && (
        <GrantRoleModal
          account={granting.account}
          onClose={() => setGranting(null)}
          onGranted={() => {
            void message.success('角色已授予');
            granting.reload();
            setGranting(null);
          }}
        />
      )}
    </Space>
  );
}

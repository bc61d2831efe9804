// 系统管理员的账号管理（F7 item 2，三员分立）: create accounts (no role — the security administrator grants
// roles), disable and enable them, reset a password. Every change is confirmed first and audited by the server.
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { zCreateAccountRequest, type AccountView, type AccountWithFirstHalf } from '../../../../src/contracts/accounts';
import { api, toApiError } from '../../lib/api';
import { applyFieldIssues, issuesFromApi, issuesFromZod, zodRule } from '../../lib/form-errors';
import { useSession } from '../workspace/session';
import { AccountTable } from './account-table';
import { OneTimePasswordModal } from './one-time-password-modal';

interface CreateValues {
  username?: string;
  displayName?: string;
}

function CreateAccountModal({ onClose, onCreated }: { onClose: () => void; onCreated: (result: AccountWithFirstHalf) => void }) {
  const [form] = Form.useForm<CreateValues>();
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (values: CreateValues) => {
    setRefusal(null);
    const parsed = zCreateAccountRequest.safeParse({ username: values.username ?? '', displayName: values.displayName ?? '' });
    if (!parsed.success) {
      applyFieldIssues(form, issuesFromZod(parsed.error));
      return;
    }
    setSaving(true);
    try {
      onCreated(await api.post<AccountWithFirstHalf>('/api/admin/accounts', parsed.data));
    } catch (caught) {
      const error = toApiError(caught);
      if (applyFieldIssues(form, issuesFromApi(error)).length > 0 || error.issues.length === 0) setRefusal(error.message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title="新建账号" okText="创建" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} aria-label="新建账号">
        {refusal && <Typography.Text type="danger" role="alert">{refusal}</Typography.Text>}
        <Form.Item name="username" label="用户名" required rules={[zodRule(zCreateAccountRequest.shape.username)]} validateTrigger="onBlur">
          <Input maxLength={32} autoComplete="off" placeholder="字母开头，4至32位" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" required rules={[zodRule(zCreateAccountRequest.shape.displayName)]} validateTrigger="onBlur">
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Typography.Text type="secondary">系统生成一次性密码，您只看到第一段，第二段由安全保密管理员发放；新账号没有角色，须由安全保密管理员授权后才能登录使用。</Typography.Text>
      </Form>
    </Modal>
  );
}

export function AccountsPage() {
  const { user } = useSession();
  const { modal, message } = App.useApp();
  const [isCreating, setIsCreating] = useState(false);
  const [shown, setShown] = useState<{ result: AccountWithFirstHalf; title: string } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);

  const act = (account: AccountView, reload: () => void, what: 'disable' | 'enable' | 'reset-password') => {
    const texts = {
      disable: { title: `停用账号“${account.displayName}”？`, content: '停用后该账号的所有登录会话立即结束，且不能再登录，直至重新启用。', ok: '停用' },
      enable: { title: `启用账号“${account.displayName}”？`, content: '启用后该账号可以用现有密码登录。', ok: '启用' },
      'reset-password': { title: `重置“${account.displayName}”的密码？`, content: '将生成新的一次性密码：您只看到第一段，第二段由安全保密管理员发放。该账号的所有登录会话立即结束，下次登录时必须修改密码。', ok: '重置密码' },
    }[what];
    modal.confirm({
      title: texts.title,
      content: texts.content,
      okText: texts.ok,
      cancelText: '取消',
      okButtonProps: { danger: what !== 'enable' },
      onOk: async () => {
        try {
          const answer = await api.post<AccountView | AccountWithFirstHalf>(`/api/admin/accounts/${account.id}/${what}`, {});
          if ('firstHalf' in answer) setShown({ result: answer, title: '密码已重置' });
          else void message.success(what === 'disable' ? '账号已停用' : '账号已启用');
        } catch (caught) {
          void message.error(toApiError(caught).message);
        }
        reload();
      },
    });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          账号管理
        </Typography.Title>
        <Button type="primary" onClick={() => setIsCreating(true)}>
          新建账号
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        系统管理员负责账号的创建、停用、启用和密码重置；角色由安全保密管理员授予（三员分立）。
      </Typography.Paragraph>
      <AccountTable
        refreshKey={refreshKey}
        renderActions={(account, reload) =>
          account.id === user.id ? (
            <Typography.Text type="secondary">本人账号</Typography.Text>
          ) : (
            <Space size={0} wrap>
              {account.status === 'disabled' ? (
                <Button type="link" size="small" onClick={() => act(account, reload, 'enable')}>
                  启用
                </Button>
              ) : (
                <Button type="link" size="small" danger onClick={() => act(account, reload, 'disable')}>
                  停用
                </Button>
              )}
              <Button type="link" size="small" onClick={() => act(account, reload, 'reset-password')}>
                重置密码
              </Button>
            </Space>
          )
        }
      />
      {isCreating && (
        <CreateAccountModal
          onClose={() => setIsCreating(false)}
          onCreated={(result) => {
            setIsCreating(false);
            setShown({ result, title: '账号已创建' });
            setRefreshKey((k) => k + 1);
          }}
        />
      )}
      {shown && <OneTimePasswordModal result={shown.result} title={shown.title} onClose={() => setShown(null)} />}
    </Space>
  );
}

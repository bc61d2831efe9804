// What the applicant can do on the detail page: continue editing while the application is its own, and withdraw
// while the lifecycle allows (Art. 4: participation is voluntary).
import { useState } from 'react';
import { App, Button, Card, Flex, Input, Modal } from 'antd';
import { EditOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import { LinkButton } from '../../components/link-button';
import { api, toApiError } from '../../lib/api';
import { isEditable } from './application-shared';

export function ApplicantActions({ application, reload }: { application: ApplicationDetail; reload: () => void }) {
  const canWithdraw = application.availableEvents.some((e) => e.event === 'withdraw');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const { message } = App.useApp();
  if (!isEditable(application.state) && !canWithdraw) return null;

  const withdraw = async () => {
    setPending(true);
    try {
      await api.post(`/api/applications/${application.id}/withdraw`, { lockVersion: application.lockVersion, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      void message.success('已撤回申报');
      setOpen(false);
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setPending(false);
      reload();
    }
  };

  return (
    <Card size="small" title="办理" style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap>
        {isEditable(application.state) && (
          <LinkButton type="primary" icon={<EditOutlined />} to={`/workspace/applications/${application.id}/edit`}>
            {application.state === 'returned_for_revision' ? '按退回意见修改' : '继续填写'}
          </LinkButton>
        )}
        {canWithdraw && (
          <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)}>
            撤回申报
          </Button>
        )}
      </Flex>
      <Modal title="撤回申报" open={open} onCancel={() => setOpen(false)} onOk={withdraw} okText="确认撤回" okButtonProps={{ danger: true, loading: pending }} cancelText="取消">
        <p>撤回后本申报不再办理，记录仍予保留。</p>
        <Input.TextArea rows={3} maxLength={500} placeholder="撤回理由（可不填）" value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}

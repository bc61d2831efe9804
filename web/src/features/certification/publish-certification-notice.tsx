// 发布拟认定公示 (Art. 7(4)): the province previews what the notice would list and its window (from the holiday
// calendar), may change the title, then publishes; every listed 拟认定对象 moves to 公示.
import { useState } from 'react';
import { Alert, App, Button, Descriptions, Form, Input, Space } from 'antd';
import type { CertificationNoticePreview } from '../../../../src/contracts/certification';
import type { PublicNoticeDetail } from '../../../../src/contracts/notices';
import { api, toApiError } from '../../lib/api';

export function PublishCertificationNotice({ onPublished }: { onPublished: (notice: PublicNoticeDetail) => void }) {
  const { message } = App.useApp();
  const [preview, setPreview] = useState<CertificationNoticePreview | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState<'preview' | 'publish' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const loadPreview = async () => {
    setBusy('preview');
    setProblem(null);
    try {
      const answer = await api.post<CertificationNoticePreview>('/api/certification-notices/preview', {});
      setPreview(answer);
      setTitle(answer.title);
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    setBusy('publish');
    setProblem(null);
    try {
      const notice = await api.post<PublicNoticeDetail>('/api/certification-notices', title.trim() ? { title: title.trim() } : {});
      void message.success('拟认定公示已发布');
      setPreview(null);
      onPublished(notice);
    } catch (caught) {
      setProblem(toApiError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div style={{ marginTop: 16 }}>
      {problem && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problem} />}
      {!preview ? (
        <Button loading={busy === 'preview'} onClick={loadPreview}>
          预览拟认定公示
        </Button>
      ) : (
        <Form layout="vertical">
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="公示期">
              {preview.startsOn} 至 {preview.endsOn}（5个工作日）
            </Descriptions.Item>
            <Descriptions.Item label="异议核实截止">{preview.handlingDueOn}</Descriptions.Item>
            <Descriptions.Item label="公示对象">{preview.entries.length}个（上表所列全部拟认定对象）</Descriptions.Item>
          </Descriptions>
          <Form.Item label="公示标题" required>
            <Input aria-label="公示标题" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" loading={busy === 'publish'} onClick={publish}>
              发布拟认定公示
            </Button>
            <Button onClick={() => setPreview(null)}>取消</Button>
          </Space>
        </Form>
      )}
    </div>
  );
}

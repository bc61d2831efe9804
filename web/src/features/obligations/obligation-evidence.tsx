// 佐证材料 of one Art. 14 record: each file a download link with its size; the operator adds files (PDF/JPG/PNG,
// ≤ 20 MB, up to 10) while the record stands.
import { useState } from 'react';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { MAX_OBLIGATION_EVIDENCE_FILES, type ObligationRecordView } from '../../../../src/contracts/obligations';
import { api, toApiError } from '../../lib/api';
import { obligationEvidenceHref, obligationPath, sizeText } from './obligations-api';

const MAX_BYTES = 20 * 1024 * 1024;

interface Props {
  objectId: string;
  record: ObligationRecordView;
  canAdd: boolean;
  onAdded: () => void;
}

export function ObligationEvidence({ objectId, record, canAdd, onAdded }: Props) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const full = record.evidence.length >= MAX_OBLIGATION_EVIDENCE_FILES;

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(`文件“${file.name}”超过20 MB，请压缩后重新上传`);
      return;
    }
    setBusy(true);
    try {
      const form = new FormData();
      form.append('file', file);
      await api.postForm(`${obligationPath(objectId, record.id)}/evidence`, form);
      void message.success(`已上传“${file.name}”`);
      onAdded();
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={4} align="start">
      {record.evidence.length === 0 ? (
        <Typography.Text type="secondary">尚未上传佐证材料</Typography.Text>
      ) : (
        <ul className="obligation-evidence" aria-label={`${record.title}的佐证材料`}>
          {record.evidence.map((file) => (
            <li key={file.fileId}>
              <a href={obligationEvidenceHref(objectId, record.id, file.fileId)} target="_blank" rel="noreferrer">
                {file.name}
              </a>{' '}
              <Typography.Text type="secondary">{sizeText(file.sizeBytes)}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {canAdd && !record.isVoided && (
        <>
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            disabled={full}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy} disabled={full} aria-label={`为“${record.title}”上传佐证材料`}>
              上传佐证材料
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            PDF、JPG或PNG，每个不超过20 MB，最多{MAX_OBLIGATION_EVIDENCE_FILES}个{full ? '（已达上限）' : ''}
          </Typography.Text>
        </>
      )}
    </Flex>
  );
}

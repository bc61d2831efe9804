// The files attached to a change report (Art. 11 报告材料) or an Art. 12 finding (核查材料): the list with name and
// size, each a download link, and — for whoever may add now — an upload button (PDF/JPG/PNG, ≤ 20 MB, up to a count).
import { useState } from 'react';
import { App, Button, Flex, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, toApiError } from '../../lib/api';
import { EvidenceList } from '../acceptance/acceptance-parts';
import '../acceptance/acceptance.css';

const MAX_BYTES = 20 * 1024 * 1024;

export interface AttachedFile {
  fileId: string;
  name: string;
  sizeBytes: number;
  mediaType: string;
}

interface FileAttachmentsProps {
  files: AttachedFile[];
  /** The list's name (报告材料, 核查材料). */
  label: string;
  /** POST here (multipart `file`) to add one; GET `${path}/${fileId}` downloads one. */
  path: string;
  /** Whether the person may add a file now. */
  canAdd: boolean;
  maxFiles: number;
  onAdded: () => void;
}

export function FileAttachments({ files, label, path, canAdd, maxFiles, onAdded }: FileAttachmentsProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const full = files.length >= maxFiles;

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) {
      void message.error(`文件“${file.name}”超过20 MB，请压缩后重新上传`);
      return;
    }
    setBusy(true);
    try {
      const form = new FormData();
      form.append('file', file);
      await api.postForm(path, form);
      void message.success(`已上传“${file.name}”`);
      onAdded();
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <EvidenceList objectId="" evidence={files} hrefOf={(fileId) => `${path}/${fileId}`} label={label} />
      {canAdd && (
        <Flex vertical gap={4} align="start">
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            disabled={full}
          >
            <Button icon={<UploadOutlined />} loading={busy} disabled={full}>
              上传{label}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            PDF、JPG或PNG，每个不超过20 MB，最多{maxFiles}个{full ? '（已达上限）' : ''}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

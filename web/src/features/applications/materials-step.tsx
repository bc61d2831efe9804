// Step 4 申报材料 (Art. 7(1)): the seven kinds of material as PDF, JPG or PNG scans. No slides or videos (Art. 8).
import { useState } from 'react';
import { App, Button, List, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { ApplicationDetail } from '../../../../src/contracts/applications';
import { MATERIAL_KINDS, MATERIAL_LABELS, OPTIONAL_MATERIALS, type MaterialKind } from '../../../../src/domain/applications/application-content';
import { api, toApiError } from '../../lib/api';
import { fileHref, formatSize } from './application-shared';
import { MAX_UPLOAD_BYTES, uploadMaterial } from './upload-material';

const { Text } = Typography;

export function MaterialsStep({ detail, onChanged }: { detail: ApplicationDetail; onChanged: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);

  const upload = async (kind: MaterialKind, file: File) => {
    if (file.size > MAX_UPLOAD_BYTES) {
      void message.error(`文件“${file.name}”超过20 MB，请压缩后重新上传`);
      return;
    }
    setBusy(kind);
    try {
      await uploadMaterial(detail.id, kind, file);
      void message.success(`已上传“${file.name}”`);
      onChanged();
    } catch (caught) {
      void message.error(toApiError(caught).message, 8);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (materialId: string, name: string) => {
    setBusy(materialId);
    try {
      await api.post(`/api/applications/${detail.id}/materials/${materialId}/remove`, {});
      void message.success(`已移除“${name}”`);
      onChanged();
    } catch (caught) {
      void message.error(toApiError(caught).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Text type="secondary">每类材料可上传多个文件，仅支持PDF、JPG、PNG格式（按文件内容识别），单个文件不超过20 MB。无需提交汇报PPT或视频。</Text>
      <List
        className="material-list"
        dataSource={[...MATERIAL_KINDS]}
        renderItem={(kind, index) => {
          const files = detail.materials.filter((m) => m.kind === kind);
          return (
            <List.Item>
              <div style={{ width: '100%' }}>
                <div className="material-head">
                  <Text strong>
                    {index + 1}. {MATERIAL_LABELS[kind]}
                  </Text>
                  {OPTIONAL_MATERIALS.includes(kind) ? <Tag>如有</Tag> : files.length > 0 ? <Tag color="success">已上传</Tag> : <Tag color="warning">必传</Tag>}
                </div>
                {files.map((m) => (
                  <div key={m.id} className="material-file">
                    <a href={fileHref(detail.id, m.fileId)} download>
                      <PaperClipOutlined /> {m.originalName}
                    </a>
                    <Text type="secondary"> {formatSize(m.sizeBytes)}</Text>
                    <Button type="link" danger size="small" icon={<DeleteOutlined />} loading={busy === m.id} onClick={() => void remove(m.id, m.originalName)} aria-label={`移除${m.originalName}`}>
                      移除
                    </Button>
                  </div>
                ))}
                <Upload accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" showUploadList={false} beforeUpload={(file) => (void upload(kind, file), false)}>
                  <Button size="small" icon={<UploadOutlined />} loading={busy === kind} aria-label={`上传：${MATERIAL_LABELS[kind]}`}>
                    上传文件
                  </Button>
                </Upload>
              </div>
            </List.Item>
          );
        }}
      />
    </>
  );
}

// One dataset of the creation object (F4 item 2(a)): what it is for, its Excel and CSV templates, and — for the
// operating organisation while data are collected — the upload with its progress and the result of the last one.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Progress, Typography, Upload } from 'antd';
import { FileExcelOutlined, FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { MAX_IMPORT_FILE_BYTES, type ImportResult } from '../../../../src/contracts/data-imports';
import { DATASETS, type DatasetKey } from '../../../../src/domain/creation-data/datasets';
import { toApiError } from '../../lib/api';
import { describeUploadFailure, findFileProblem, IMPORT_FILE_ACCEPT, type UploadFailure } from './import-text';
import { ImportResultPanel } from './import-result-panel';
import { importPaths, uploadImport } from './upload-import';

const { Paragraph, Text } = Typography;

type UploadState =
  | { kind: 'idle' }
  | { kind: 'sending'; fileName: string; percent: number }
  | { kind: 'done'; fileName: string; result: ImportResult }
  | { kind: 'failed'; failure: UploadFailure };

interface DatasetImportCardProps {
  objectId: string;
  dataset: DatasetKey;
  canUpload: boolean;
  onImported: () => void;
}

export function DatasetImportCard({ objectId, dataset, canUpload, onImported }: DatasetImportCardProps) {
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const { label, purpose } = DATASETS[dataset];
  const isSending = state.kind === 'sending';

  const send = async (file: File) => {
    const problem = findFileProblem(file, MAX_IMPORT_FILE_BYTES);
    if (problem) {
      setState({ kind: 'failed', failure: { title: '文件未上传', details: [problem] } });
      return;
    }
    setState({ kind: 'sending', fileName: file.name, percent: 0 });
    try {
      const result = await uploadImport(objectId, dataset, file, ({ percent }) => setState({ kind: 'sending', fileName: file.name, percent }));
      setState({ kind: 'done', fileName: file.name, result });
      onImported();
    } catch (caught) {
      setState({ kind: 'failed', failure: describeUploadFailure(toApiError(caught), file.name) });
    }
  };

  return (
    <Card size="small" className="dataset-import-card" role="region" aria-label={label} title={<span className="dataset-import-title">{label}</span>}>
      <Paragraph type="secondary" className="dataset-import-purpose">
        用于计算：{purpose}
      </Paragraph>
      <Flex wrap gap={8}>
        <Button icon={<FileExcelOutlined />} href={importPaths.template(objectId, dataset, 'xlsx')} download aria-label={`下载Excel模板：${label}`}>
          下载Excel模板
        </Button>
        <Button icon={<FileTextOutlined />} href={importPaths.template(objectId, dataset, 'csv')} download aria-label={`下载CSV模板：${label}`}>
          下载CSV模板
        </Button>
        {canUpload && (
          <Upload accept={IMPORT_FILE_ACCEPT} maxCount={1} showUploadList={false} disabled={isSending} beforeUpload={(file) => (void send(file), false)}>
            <Button type="primary" icon={<UploadOutlined />} loading={isSending} aria-label={`上传文件导入：${label}`}>
              上传文件导入
            </Button>
          </Upload>
        )}
      </Flex>
      {state.kind === 'sending' && (
        <div className="import-progress" aria-live="polite">
          <Text>
            {state.percent < 100 ? `正在上传“${state.fileName}”…` : `“${state.fileName}”已上传，正在逐行校验并导入，请稍候…`}
          </Text>
          <Progress percent={state.percent} status="active" aria-label="上传进度" />
        </div>
      )}
      {state.kind === 'failed' && (
        <Alert
          className="import-failure"
          type="error"
          showIcon
          role="alert"
          title={state.failure.title}
          description={state.failure.details.length > 1 ? <ul className="import-failure-list">{state.failure.details.map((d) => <li key={d}>{d}</li>)}</ul> : state.failure.details[0]}
        />
      )}
      {state.kind === 'done' && <ImportResultPanel objectId={objectId} fileName={state.fileName} result={state.result} />}
    </Card>
  );
}

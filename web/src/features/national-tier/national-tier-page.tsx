// 国家级名单 (/workspace/national-tier; F6 item 2; Art. 9; ADR 0017): the province uploads MIIT's list of national
// platforms and bases; each upload's page shows how every row was matched and lets the officer resolve the rest.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Grid, Skeleton, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { Link, Route, Routes, useNavigate } from 'react-router-dom';
import type { NationalUploadSummary } from '../../../../src/contracts/national-tier';
import { ErrorResult } from '../../components/error-result';
import { toApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format-date-time';
import { useFetch } from '../../lib/use-fetch';
import { NationalUploadPage } from './national-upload-page';
import { nationalTierApi, nationalTierPaths } from './national-tier-api';
import { countsText } from './national-tier-view';
import './national-tier.css';

export function NationalTierRoutes() {
  return (
    <Routes>
      <Route index element={<NationalUploadsPage />} />
      <Route path=":id" element={<NationalUploadPage />} />
    </Routes>
  );
}

function UploadCard() {
  const navigate = useNavigate();
  const [isSending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send(file: File) {
    setSending(true);
    setError(null);
    try {
      const detail = await nationalTierApi.upload(file);
      navigate(nationalTierPaths.page(detail.id));
    } catch (caught) {
      setError(toApiError(caught).message);
      setSending(false);
    }
  }

  return (
    <Card title="导入国家级名单">
      <Typography.Paragraph type="secondary">
        获工业和信息化部认定的国家中小企业公共服务示范平台（基地），信息数据库同时列示（《管理办法》第九条）。请上传工业和信息化部公布的名单（Excel
        .xlsx，第一个工作表）：表头需含“平台名称”（或基地名称、名称）、“运营单位”（或运营主体）和“统一社会信用代码”列，可含“类型”“所在地市”“批次”列。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        系统按运营单位的统一社会信用代码匹配：只对应一个已认定条目的，自动标注为国家级；其余各行由您逐行处理。名单中没有的原国家级条目仅列出供核对，不会自动取消标注。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Upload accept=".xlsx" maxCount={1} showUploadList={false} disabled={isSending} beforeUpload={(file) => (void send(file), false)}>
        <Button type="primary" icon={<UploadOutlined />} loading={isSending}>
          {isSending ? '正在导入…' : '选择名单文件（.xlsx）'}
        </Button>
      </Upload>
    </Card>
  );
}

function UploadList({ uploads }: { uploads: NationalUploadSummary[] }) {
  const isPhone = !Grid.useBreakpoint().md;
  if (isPhone) {
    return (
      <ul aria-label="名单导入记录" className="national-tier-list">
        {uploads.length === 0 && <Typography.Text type="secondary">尚未导入名单</Typography.Text>}
        {uploads.map((upload) => (
          <li key={upload.id}>
            <Link to={nationalTierPaths.page(upload.id)} className="national-tier-list-name">
              {upload.title}
            </Link>
            <div>
              <Typography.Text type="secondary">
                {formatDateTime(upload.uploadedAt)} · {upload.uploadedByName} · 共{upload.rowCount}行
              </Typography.Text>
            </div>
            <div>{upload.openCount > 0 ? <Tag color="orange">待处理{upload.openCount}行</Tag> : <Tag color="green">已全部处理</Tag>}</div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table<NationalUploadSummary>
      rowKey="id"
      aria-label="名单导入记录"
      dataSource={uploads}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: '尚未导入名单' }}
      columns={[
        { title: '名单', dataIndex: 'title', render: (title: string, upload) => <Link to={nationalTierPaths.page(upload.id)}>{title}</Link> },
        { title: '导入时间', key: 'at', width: 170, render: (_: unknown, upload) => formatDateTime(upload.uploadedAt) },
        { title: '导入人', dataIndex: 'uploadedByName', width: 120 },
        { title: '行数', dataIndex: 'rowCount', width: 70 },
        { title: '匹配情况', key: 'counts', render: (_: unknown, upload) => countsText(upload) },
        {
          title: '待处理',
          key: 'open',
          width: 110,
          render: (_: unknown, upload) => (upload.openCount > 0 ? <Tag color="orange">{upload.openCount}行</Tag> : <Tag color="green">无</Tag>),
        },
      ]}
    />
  );
}

function NationalUploadsPage() {
  const uploads = useFetch<NationalUploadSummary[]>(nationalTierPaths.uploads);
  return (
    <Flex vertical gap={16}>
      <UploadCard />
      <Card title="导入记录">
        {uploads.error ? <ErrorResult error={uploads.error} onRetry={uploads.reload} /> : !uploads.data ? <Skeleton active /> : <UploadList uploads={uploads.data} />}
      </Card>
    </Flex>
  );
}

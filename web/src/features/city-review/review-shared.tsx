// Pieces the city's and the province's review pages share: choosing the annual call (kept in ?callId= so a
// reload or a shared link keeps it), the quota line, and an .xlsx download link.
import { Alert, Button, Select, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CallList } from '../../../../src/contracts/calls';
import type { QuotaSummary } from '../../../../src/contracts/city-review';
import { useFetch } from '../../lib/use-fetch';

/** The published calls, newest first, and the one chosen (the newest by default). */
export function useChosenCall() {
  const calls = useFetch<CallList>('/api/calls');
  const [params, setParams] = useSearchParams();
  const published = (calls.data?.items ?? []).filter((call) => call.status === 'published');
  const callId = params.get('callId') ?? published[0]?.id ?? null;
  useEffect(() => {
    if (!params.get('callId') && published[0]) setParams({ callId: published[0].id }, { replace: true });
  }, [params, published, setParams]);
  const choose = (id: string) => setParams({ callId: id });
  return { calls, published, callId, choose };
}

export function CallPicker({ chosen }: { chosen: ReturnType<typeof useChosenCall> }) {
  return (
    <Select
      aria-label="年度通知"
      style={{ minWidth: 160, maxWidth: '100%' }}
      value={chosen.callId ?? undefined}
      placeholder="选择年度通知"
      loading={chosen.calls.loading}
      onChange={chosen.choose}
      options={chosen.published.map((call) => ({ value: call.id, label: `${call.year}年度` }))}
    />
  );
}

export function NoCallAlert() {
  return <Alert type="info" showIcon title="尚无已发布的年度创建工作通知" />;
}

/** "名额 5 个，已用 3 个，剩余 2 个", or "不限" when the call sets no limit. */
export function QuotaLine({ label, usedLabel, quota }: { label: string; usedLabel: string; quota: QuotaSummary }) {
  return (
    <Space wrap size={[8, 4]}>
      <Typography.Text>{label}：</Typography.Text>
      {quota.limit === null ? <Tag color="blue">不限</Tag> : <Tag color="blue">{quota.limit}个</Tag>}
      <Typography.Text>
        {usedLabel}
        {quota.used}个
      </Typography.Text>
      {quota.remaining !== null && <Tag color={quota.remaining > 0 ? 'green' : 'red'}>剩余{quota.remaining}个</Tag>}
    </Space>
  );
}

/** A plain link: the browser downloads with the session cookie and the server's file name. */
export function DownloadButton({ href, children }: { href: string; children: string }) {
  return (
    <Button icon={<DownloadOutlined />} href={href} download>
      {children}
    </Button>
  );
}

export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

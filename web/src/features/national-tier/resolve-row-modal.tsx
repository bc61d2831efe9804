// Resolving a row of MIIT's list by hand (Art. 9; ADR 0017): pick the registry entry it is (marked national), list it
// as a national-only entry (its city asked for), or say it needs nothing, with a reason.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { NationalEntryBrief, NationalRowView, ResolveNationalRowRequest } from '../../../../src/contracts/national-tier';
import { CITIES } from '../../../../src/domain/divisions/divisions';
import { REGISTRY_MAX_QUERY_CHARS } from '../../../../src/domain/registry/filters';
import { normaliseSearch } from '../../../../src/domain/registry/search';
import { toApiError } from '../../lib/api';
import { nationalTierApi } from './national-tier-api';

type Action = ResolveNationalRowRequest['action'];

const CITY_OPTIONS = CITIES.map((city) => ({ value: city.code, label: city.name }));

function EntryChoices({ entries, value, onChange, label }: { entries: NationalEntryBrief[]; value: string | null; onChange: (id: string) => void; label: string }) {
  if (entries.length === 0) return null;
  return (
    <Radio.Group value={value} onChange={(event) => onChange(event.target.value as string)} style={{ width: '100%' }} aria-label={label}>
      <ul className="national-tier-candidates">
        {entries.map((entry) => (
          <li key={entry.id}>
            <Radio value={entry.id}>
              {entry.name}
              <Typography.Text type="secondary">
                （{entry.operatorName} · {entry.cityName} · {entry.carrierLabel} · {entry.statusLabel}
                {entry.isNational ? ' · 已是国家级' : ''}）
              </Typography.Text>
            </Radio>
          </li>
        ))}
      </ul>
    </Radio.Group>
  );
}

export function ResolveRowModal({ row, onClose, onResolved }: { row: NationalRowView; onClose: () => void; onResolved: () => void }) {
  const [action, setAction] = useState<Action>(row.candidates.length > 0 ? 'match' : row.isCreditCodeValid ? 'create' : 'match');
  const [entryId, setEntryId] = useState<string | null>(null);
  const [found, setFound] = useState<NationalEntryBrief[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [cityCode, setCityCode] = useState<string | undefined>(row.suggestedCityCode ?? undefined);
  const [carrier, setCarrier] = useState<'platform' | 'base' | undefined>(row.suggestedCarrier ?? undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSending, setSending] = useState(false);

  async function search(q: string) {
    setSearchError(null);
    // Counted as the server counts it (zNationalEntrySearchQuery): after normaliseSearch.
    if (normaliseSearch(q).length < 2) {
      setSearchError('请至少输入2个字');
      return;
    }
    try {
      setFound(await nationalTierApi.searchEntries(q.trim()));
    } catch (caught) {
      setSearchError(toApiError(caught).message);
    }
  }

  function request(): ResolveNationalRowRequest | string {
    if (action === 'match') return entryId ? { action, entryId } : '请选择信息数据库中的条目';
    if (action === 'create') {
      if (!cityCode) return '请选择所在地市';
      if (!carrier) return '请选择载体类型';
      return { action, cityCode, carrier };
    }
    return reason.trim() ? { action, reason: reason.trim() } : '请填写无需处理的理由';
  }

  async function submit() {
    const body = request();
    if (typeof body === 'string') {
      setError(body);
      return;
    }
    setSending(true);
    setError(null);
    try {
      await nationalTierApi.resolve(row.id, body);
      onResolved();
    } catch (caught) {
      const apiError = toApiError(caught);
      setError([apiError.message, ...apiError.issues.map((issue) => issue.message)].join('：'));
      setSending(false);
    }
  }

  return (
    <Modal open title={`处理第${row.rowNumber}行`} okText="确定" cancelText="取消" onOk={() => void submit()} onCancel={onClose} confirmLoading={isSending} destroyOnHidden>
      <Typography.Paragraph>
        <span className="national-tier-wrap">
          {row.name}
          <br />
          <Typography.Text type="secondary">
            {row.operatorName} · <span className="national-tier-code">{row.creditCode || '未填写代码'}</span>
          </Typography.Text>
        </span>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{row.outcomeLabel}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label="处理方式">
          <Radio.Group value={action} onChange={(event) => setAction(event.target.value as Action)}>
            <Radio value="match">对应信息数据库中的条目</Radio>
            <Radio value="create">列为国家级条目</Radio>
            <Radio value="dismiss">无需处理</Radio>
          </Radio.Group>
        </Form.Item>
        {action === 'match' && (
          <>
            {row.candidates.length > 0 && (
              <Form.Item label="该运营单位在信息数据库中的条目">
                <EntryChoices entries={row.candidates} value={entryId} onChange={setEntryId} label="该运营单位的条目" />
              </Form.Item>
            )}
            <Form.Item label="搜索信息数据库" help={searchError ?? undefined} validateStatus={searchError ? 'error' : undefined}>
              <Input.Search placeholder="平台名称、运营单位或统一社会信用代码" enterButton="搜索" maxLength={REGISTRY_MAX_QUERY_CHARS} onSearch={(q) => void search(q)} aria-label="搜索信息数据库" />
            </Form.Item>
            {found && (found.length === 0 ? <Typography.Text type="secondary">没有找到条目</Typography.Text> : <EntryChoices entries={found} value={entryId} onChange={setEntryId} label="搜索结果" />)}
          </>
        )}
        {action === 'create' && (
          <>
            <Typography.Paragraph type="secondary">将以名单中的名称和运营单位列入信息数据库，标注为国家级（非省级），状态为已认定。</Typography.Paragraph>
            <Form.Item label="所在地市" required>
              <Select value={cityCode} onChange={setCityCode} options={CITY_OPTIONS} placeholder="请选择所在地市" aria-label="所在地市" showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Form.Item label="载体类型" required>
              <Radio.Group value={carrier} onChange={(event) => setCarrier(event.target.value as 'platform' | 'base')}>
                <Radio value="platform">示范平台</Radio>
                <Radio value="base">示范基地</Radio>
              </Radio.Group>
            </Form.Item>
          </>
        )}
        {action === 'dismiss' && (
          <Form.Item label="理由" required>
            <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} maxLength={200} showCount rows={3} placeholder="如：与第3行重复；非广东省平台" aria-label="理由" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

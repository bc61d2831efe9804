// 数据接口 (F4 item 2(b)): per-platform API keys for the JSON push API (全国一张网 style) and the push API's answer.
// A key belongs to one creation object, so whoever holds it can write to that platform/base only.
import { z } from 'zod';
import { zText, zUuid } from './fields';

/** Art. 13 data sharing: enough keys for a few systems, few enough to keep track of. */
export const MAX_ACTIVE_API_KEYS = 5;
/** One push carries at most this many records; a bigger batch is split by the sender. */
export const MAX_PUSH_RECORDS = 5000;

export const zApiKeysParams = z.strictObject({ id: zUuid('创建对象编号') });
export const zApiKeyParams = z.strictObject({ id: zUuid('创建对象编号'), keyId: zUuid('密钥编号') });
export const zCreateApiKey = z.strictObject({ label: zText('密钥用途', 1, 50) });

export interface ApiKeyView {
  id: string;
  label: string;
  /** The key's first characters (e.g. sfk_abcd1234), to tell keys apart; the key itself is never shown again. */
  keyPrefix: string;
  isActive: boolean;
  createdAt: string;
  createdByName: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface ApiKeyList {
  keys: ApiKeyView[];
  maxActive: number;
}

/** The answer to creating a key: the only time the whole key is sent. */
export interface CreatedApiKey extends ApiKeyView {
  key: string;
}

export const zPushParams = z.strictObject({ dataset: z.string().min(1).max(64, { message: '数据集名称过长' }) });
export const zPushedImportParams = z.strictObject({ importId: zUuid('导入编号') });

export const zPushBody = z.strictObject(
  {
    records: z
      .array(z.record(z.string(), z.unknown(), { error: '每条记录应为JSON对象，键为字段名' }), { error: '请提供records数组' })
      .min(1, { message: 'records不能为空，至少推送1条记录' })
      .max(MAX_PUSH_RECORDS, { message: `每次最多推送${MAX_PUSH_RECORDS}条记录，请分批推送` }),
  },
  { error: '请求体应为JSON对象：{"records":[…]}' },
);

/** One rejected value: `index` is the record's position in `records` (from 0), `field` its JSON field name. */
export interface PushProblem {
  index: number;
  field: string;
  value: string;
  reason: string;
}

export interface PushResult {
  importId: string;
  totalRows: number;
  acceptedRows: number;
  /** Valid records already stored by an earlier push or import: not counted twice. */
  duplicateRows: number;
  rejectedRows: number;
  /** Every problem found, in record order. */
  problems: PushProblem[];
}

export interface PushedImport {
  importId: string;
  dataset: string;
  totalRows: number;
  acceptedRows: number;
  duplicateRows: number;
  rejectedRows: number;
  /** Rejected values per field (JSON field name). */
  rejectedByField: Record<string, number>;
  createdAt: string;
}

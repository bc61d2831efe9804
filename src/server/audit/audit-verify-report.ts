// What `npm run audit:verify` prints and whether it fails (ADR 0018, ADR 0022): the chain's verdict, the anchors it
// was held to, and a missing anchor file — said always, a failure only in production, where the servers write one
// daily and its absence means it was removed or never written.
import type { AnchoredVerification } from './audit-anchors';

export interface AuditVerifyReport {
  /** Lines for standard output (OK) and standard error (problems). */
  out: string[];
  err: string[];
  isFailure: boolean;
}

export function auditVerifyReport(checked: AnchoredVerification, anchorFile: string, mode: 'demo' | 'production'): AuditVerifyReport {
  if (checked.anchorFile === 'unreadable') return { out: [], err: [`审计哈希链校验失败：${checked.message}`], isFailure: true };
  const out: string[] = [];
  const err: string[] = [];
  let isFailure = false;
  const { verdict } = checked;
  if (verdict.isIntact) {
    const head = verdict.head ? `，链头第 ${verdict.head.seq} 号（审计记录 ${verdict.head.auditId}）哈希 ${verdict.head.hash}` : '';
    out.push(`OK 审计哈希链完整：共 ${verdict.linkCount} 条记录${head}`);
    if (checked.anchorFile === 'read') out.push(`OK 与锚点文件 ${anchorFile} 中的 ${verdict.anchorCount} 个锚点一致`);
  } else {
    const { seq, auditId, problem, message } = verdict.broken;
    err.push(`审计哈希链校验失败（已校验 ${verdict.linkCount} 条完好）：${message} [seq=${seq ?? '-'} audit_id=${auditId ?? '-'} ${problem}]`);
    isFailure = true;
  }
  if (checked.anchorFile === 'missing') {
    const consequence = mode === 'production' ? '生产模式下视为校验失败' : '演示模式下不视为失败';
    err.push(`未找到锚点文件 ${anchorFile}：无法发现链尾被截断（核查后运行 npm run audit:anchor -- --init 建立锚点文件；${consequence}）`);
    if (mode === 'production') isFailure = true;
  }
  return { out, err, isFailure };
}

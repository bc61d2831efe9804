// What `npm run audit:anchor [-- --init]` does and prints (ADR 0022; 等保2.0 三级 8.1.4.3 c), apart from opening the
// database, so it can be tested. A missing anchor file is created only with --init: it may have been deleted to hide
// a cut tail, so starting it again is a person's decision after checking, never a default.
import type { Db } from '../../db/client';
import { anchorAuditChain } from './audit-anchors';

export interface AuditAnchorReport {
  out: string[];
  err: string[];
  isFailure: boolean;
}

export async function runAuditAnchor(db: Db, file: string, now: Date, options: { isInit: boolean }): Promise<AuditAnchorReport> {
  const outcome = await anchorAuditChain(db, file, now, { mayCreateFile: options.isInit, scope: 'full' });
  switch (outcome.kind) {
    case 'file-missing':
      return {
        out: [],
        err: [`锚点文件 ${file} 不存在，未写入锚点。它可能已被删除（链尾可能同时被截去）：核查后如需重新建立，请运行 npm run audit:anchor -- --init`],
        isFailure: true,
      };
    case 'refused':
      return { out: [], err: [`未写入锚点：${outcome.message}`], isFailure: true };
    case 'empty':
      return {
        out: [outcome.isFileCreated ? `已新建空的锚点文件 ${file}（--init）；审计哈希链为空，暂无锚点` : '审计哈希链为空，无需锚定'],
        err: [],
        isFailure: false,
      };
    case 'unchanged':
      return { out: [`OK 链头未变，锚点已是最新：第 ${outcome.anchor.seq} 号 ${outcome.anchor.hash}（${file}）`], err: [], isFailure: false };
    case 'anchored': {
      const out = outcome.isFileCreated ? [`已新建锚点文件 ${file}（--init），整条哈希链已验证，以当前链头为第一个锚点`] : [];
      out.push(`OK 已写入锚点：第 ${outcome.anchor.seq} 号 ${outcome.anchor.hash}（${file}）`);
      return { out, err: [], isFailure: false };
    }
  }
}

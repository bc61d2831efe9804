// Anchors of the audit hash chain kept outside the database (ADR 0022; 等保2.0 三级 8.1.4.3 c, 8.1.4.7): an append-only
// file of JSON lines {seq, hash, recordedAt}, one per anchoring. Someone with the table owner's rights can cut the
// chain's tail, or rewrite a record and rebuild every link after it, and the chain alone still verifies; an anchor
// written earlier names a seq and the hash it had, which the cut or rebuilt chain no longer has.
import { open, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../db/client';
import type { Clock } from '../clock';
import { shanghaiDateOf } from '../clock';
import { verifyAuditChain, type AuditChainVerdict } from './verify-audit-chain';

export interface AuditAnchor {
  seq: number;
  hash: string;
  /** ISO instant the anchor was written. */
  recordedAt: string;
}

export type AnchorFileRead =
  | { status: 'missing' }
  | { status: 'read'; anchors: AuditAnchor[] }
  | { status: 'unreadable'; line: number; message: string };

const HASH = /^[0-9a-f]{64}$/;

function parseAnchor(text: string): AuditAnchor | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const { seq, hash, recordedAt } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(seq) || (seq as number) < 1) return null;
  if (typeof hash !== 'string' || !HASH.test(hash)) return null;
  if (typeof recordedAt !== 'string' || Number.isNaN(Date.parse(recordedAt))) return null;
  return { seq: seq as number, hash, recordedAt };
}

/** Every anchor in the file, in file order. A line that is not an anchor makes the whole file unreadable: it was edited. */
export async function readAuditAnchors(file: string): Promise<AnchorFileRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw error;
  }
  const anchors: AuditAnchor[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line === '' && index === lines.length - 1) break;
    const anchor = parseAnchor(line);
    if (!anchor) return { status: 'unreadable', line: index + 1, message: `锚点文件 ${file} 第 ${index + 1} 行不是有效的锚点记录，文件可能被改动` };
    anchors.push(anchor);
  }
  return { status: 'read', anchors };
}

/**
 * Appends one line and flushes it to disk before returning (O_APPEND: never rewrites what is there). Without an anchor
 * it only makes sure the file exists (an empty chain, ADR 0022: the servers append to it later but never create it).
 */
export async function appendAuditAnchor(file: string, anchor: AuditAnchor | null): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o640);
  try {
    if (anchor) await handle.appendFile(`${JSON.stringify({ seq: anchor.seq, hash: anchor.hash, recordedAt: anchor.recordedAt })}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export type AnchoredVerification =
  | { anchorFile: 'missing' | 'read'; anchors: AuditAnchor[]; verdict: AuditChainVerdict }
  | { anchorFile: 'unreadable'; message: string };

/** verifyAuditChain held to every anchor in the file (`npm run audit:verify`). A missing file is reported, not failed. */
export async function verifyAuditChainAnchored(db: Db, file: string): Promise<AnchoredVerification> {
  const read = await readAuditAnchors(file);
  if (read.status === 'unreadable') return { anchorFile: 'unreadable', message: read.message };
  const anchors = read.status === 'read' ? read.anchors : [];
  return { anchorFile: read.status, anchors, verdict: await verifyAuditChain(db, undefined, anchors) };
}

export type AnchorOutcome =
  | { kind: 'anchored'; anchor: AuditAnchor; isFileCreated: boolean }
  /** The head is already the last anchor: nothing was written. */
  | { kind: 'unchanged'; anchor: AuditAnchor }
  /** Nothing to anchor; a missing file that may be created was created empty. */
  | { kind: 'empty'; isFileCreated: boolean }
  /** The anchor file is missing and creating it was not allowed: nothing was written. */
  | { kind: 'file-missing' }
  /** The chain (or the anchor file) failed verification: a broken chain is not anchored, the failure is returned. */
  | { kind: 'refused'; message: string };

export interface AnchorOptions {
  /**
   * ADR 0022: a missing file is never quietly started again — someone who cuts the tail and deletes the file would
   * get a fresh file and a passing audit:verify. Only `audit:anchor --init` and demo servers may create it.
   */
  mayCreateFile: boolean;
  /** 'full' from the genesis (`npm run audit:anchor`); 'since-last-anchor' for the servers' daily run (ADR 0022). */
  scope: 'full' | 'since-last-anchor';
}

/** Verifies the chain against the existing anchors and, when it holds, appends its head. */
export async function anchorAuditChain(db: Db, file: string, now: Date, options: AnchorOptions): Promise<AnchorOutcome> {
  const read = await readAuditAnchors(file);
  if (read.status === 'unreadable') return { kind: 'refused', message: read.message };
  if (read.status === 'missing' && !options.mayCreateFile) return { kind: 'file-missing' };
  const anchors = read.status === 'read' ? read.anchors : [];
  const last = anchors.at(-1);
  // The daily run walks only from the last anchor: on PGlite a full walk would hold the server's only connection.
  const verdict =
    options.scope === 'since-last-anchor' && last ? await verifyAuditChain(db, undefined, [], last) : await verifyAuditChain(db, undefined, anchors);
  if (!verdict.isIntact) return { kind: 'refused', message: verdict.broken.message };
  if (!verdict.head) {
    if (read.status === 'missing') await appendAuditAnchor(file, null);
    return { kind: 'empty', isFileCreated: read.status === 'missing' };
  }
  if (last && last.seq === verdict.head.seq && last.hash === verdict.head.hash) return { kind: 'unchanged', anchor: last };
  const anchor = { seq: verdict.head.seq, hash: verdict.head.hash, recordedAt: now.toISOString() };
  await appendAuditAnchor(file, anchor);
  return { kind: 'anchored', anchor, isFileCreated: read.status === 'missing' };
}

export interface AnchorLogLine {
  level: 'info' | 'error';
  message: string;
}

export const missingAnchorFileMessage = (file: string) =>
  `审计链锚点文件不存在：${file}。它可能已被删除（链尾可能同时被截去），服务器不会自行新建；请核查后用 npm run audit:anchor -- --init 重新建立`;

/**
 * For the scheduler (every tick): anchors at most once per Shanghai calendar day. The day of the file's last anchor
 * is read once; after a refusal or a missing file the next tick tries again (and logs again), so neither is quiet.
 * mayCreateFile: demo servers only (config.mode), see AnchorOptions.
 */
export function dailyAuditAnchor(
  deps: { db: Db; clock: Clock },
  file: string,
  options: { mayCreateFile: boolean },
): () => Promise<AnchorLogLine | null> {
  let anchoredOn: string | null | undefined;
  return async () => {
    if (anchoredOn === undefined) {
      const read = await readAuditAnchors(file);
      const last = read.status === 'read' ? read.anchors.at(-1) : undefined;
      anchoredOn = last ? shanghaiDateOf(new Date(last.recordedAt)) : null;
    }
    const today = deps.clock.today();
    if (anchoredOn === today) return null;
    const outcome = await anchorAuditChain(deps.db, file, deps.clock.now(), { mayCreateFile: options.mayCreateFile, scope: 'since-last-anchor' });
    if (outcome.kind === 'refused') return { level: 'error', message: `审计哈希链锚定失败：${outcome.message}` };
    if (outcome.kind === 'file-missing') return { level: 'error', message: missingAnchorFileMessage(file) };
    anchoredOn = today;
    if (outcome.kind !== 'anchored') return null;
    const created = outcome.isFileCreated ? '（新建锚点文件）' : '';
    return { level: 'info', message: `审计哈希链已锚定${created}：第 ${outcome.anchor.seq} 号 ${outcome.anchor.hash}（${file}）` };
  };
}

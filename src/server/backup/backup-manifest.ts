// The manifest of one backup (F7 item 7; 等保2.0 三级 8.1.4.9 a, 8.1.4.3 c): what the restore drill checks the restored
// copy against — row counts per table, the SHA-256 of every stored file, and the head of the audit hash chain.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DatabaseKind } from '../../db/client';
import type { ChainHead } from '../../db/repositories/audit-chain.repository';

export const MANIFEST_NAME = 'manifest.json';
export const DATABASE_FILE: Record<DatabaseKind, string> = { postgres: 'database.dump', pglite: 'pglite-data.tar.gz' };
/** ADR 0022: the copy of the audit chain's anchor file inside a backup. */
export const ANCHOR_FILE = 'audit-anchors.jsonl';

export interface ManifestFile {
  /** Relative to the files folder, with forward slashes. */
  path: string;
  sha256: string;
  sizeBytes: number;
}

export interface BackupManifest {
  format: 'shifan-backup/1';
  createdAt: string;
  databaseKind: DatabaseKind;
  databaseFile: ManifestFile;
  tables: Record<string, number>;
  files: ManifestFile[];
  auditChain: { recordCount: number; head: ChainHead | null };
  /** ADR 0022: the anchor file as it was before the snapshot (every anchor in it is at or before the head); absent in older backups. */
  auditAnchors?: ManifestFile | null;
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function describeFile(root: string, relative: string): Promise<ManifestFile> {
  const absolute = path.join(root, relative);
  return { path: relative.split(path.sep).join('/'), sha256: await sha256OfFile(absolute), sizeBytes: (await stat(absolute)).size };
}

/** Every regular file under root (relative paths, sorted); `skip` names top-level folders left out. */
export async function listFiles(root: string, skip: string[] = []): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory() && !(relative === '' && skip.includes(entry.name))) await walk(child);
      else if (entry.isFile()) found.push(child);
    }
  }
  await walk('');
  return found.sort();
}

/** Copies the listed files from one root to another, hashing what arrived. */
export async function copyFiles(fromRoot: string, toRoot: string, relatives: string[]): Promise<ManifestFile[]> {
  const copied: ManifestFile[] = [];
  for (const relative of relatives) {
    const target = path.join(toRoot, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(fromRoot, relative), target);
    copied.push(await describeFile(toRoot, relative));
  }
  return copied;
}

export async function readManifest(backupDir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(backupDir, MANIFEST_NAME), 'utf8')) as BackupManifest;
  if (manifest.format !== 'shifan-backup/1') throw new Error(`不是本系统的备份（manifest format=${String(manifest.format)}）`);
  return manifest;
}

/** True when the folder is absent or holds nothing. */
export async function isEmptyFolder(folder: string): Promise<boolean> {
  return readdir(folder).then(
    (entries) => entries.length === 0,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return true;
      throw error;
    },
  );
}

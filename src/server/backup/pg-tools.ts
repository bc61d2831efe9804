// pg_dump / pg_restore for PostgreSQL backups (F7 item 7). The password goes through the environment, not the
// command line, so it never shows in the process list.
import { spawn } from 'node:child_process';

function connectionArgs(databaseUrl: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { args: [`--dbname=${url.toString()}`], env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(`无法运行 ${command}：${error.message}（请安装 PostgreSQL 客户端工具）`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} 失败（退出码 ${code}）：${errors.trim()}`))));
  });
}

/** A custom-format dump taken in the given exported snapshot. */
export async function pgDump(databaseUrl: string, snapshot: string, file: string): Promise<void> {
  const { args, env } = connectionArgs(databaseUrl);
  await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${file}`, ...args], env);
}

/** Restores in one transaction, stopping at the first error; `isClean` drops what the dump would recreate first. */
export async function pgRestore(databaseUrl: string, file: string, isClean: boolean): Promise<void> {
  const { args, env } = connectionArgs(databaseUrl);
  await run('pg_restore', ['--exit-on-error', '--single-transaction', ...(isClean ? ['--clean', '--if-exists'] : []), ...args, file], env);
}

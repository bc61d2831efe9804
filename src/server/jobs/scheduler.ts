// Runs the deadline job inside the server: shortly after start, then every 5 minutes. Every app server runs it;
// the job's advisory lock and unique keys make that safe (deadline-job.ts). JOBS=off turns it off (main.ts), e.g.
// on a server that should only answer requests or in a journey that counts notifications.
import { runScheduledJobs, type DeadlineJobDeps, type DeadlineJobResult } from './deadline-job';

export const JOB_INTERVAL_MS = 5 * 60_000;
export const FIRST_RUN_DELAY_MS = 15_000;

export interface SchedulerLog {
  info(message: string): void;
  error(message: string): void;
}

export interface Scheduler {
  /** Stops the timers and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  intervalMs?: number;
  firstRunDelayMs?: number;
  log: SchedulerLog;
  run?: (deps: DeadlineJobDeps) => Promise<DeadlineJobResult>;
  /** ADR 0022: after each run, anchors the audit hash chain once a day (dailyAuditAnchor); returns what to log. */
  anchor?: () => Promise<{ level: 'info' | 'error'; message: string } | null>;
}

export function startScheduler(deps: DeadlineJobDeps, options: SchedulerOptions): Scheduler {
  const run = options.run ?? runScheduledJobs;
  let running: Promise<void> | null = null;
  let isStopped = false;

  const tick = () => {
    // A run still going when the next tick comes (a slow database) is left to finish; ticks never pile up.
    if (running || isStopped) return;
    running = run(deps)
      .then((result) => {
        if (result.skipped) return;
        const done = Object.entries(result.done).map(([kind, n]) => `${kind}×${n}`).join('，');
        if (done) options.log.info(`期限任务（${result.today}）：${done}`);
      })
      .catch((error: unknown) => options.log.error(`期限任务失败，下次将重试：${error instanceof Error ? error.message : String(error)}`))
      .then(async () => {
        const line = await options.anchor?.();
        if (line) options.log[line.level](line.message);
      })
      .catch((error: unknown) => options.log.error(`审计哈希链锚定失败，下次将重试：${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  };

  // unref: the timers alone never keep the process alive; shutdown stops them anyway.
  const first = setTimeout(tick, options.firstRunDelayMs ?? FIRST_RUN_DELAY_MS);
  const interval = setInterval(tick, options.intervalMs ?? JOB_INTERVAL_MS);
  first.unref();
  interval.unref();

  return {
    async stop() {
      isStopped = true;
      clearTimeout(first);
      clearInterval(interval);
      await running;
    },
  };
}

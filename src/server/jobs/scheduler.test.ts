import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { fixedClock } from '../clock';
import type { DeadlineJobResult } from './deadline-job';
import { startScheduler } from './scheduler';

const deps = { db: {} as Db, clock: fixedClock(new Date('2028-01-01T02:00:00Z')) };
const done = (kinds: Record<string, number> = {}): DeadlineJobResult => ({ skipped: false, today: '2028-01-01', done: kinds });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startScheduler', () => {
  it('runs shortly after start, then every interval, and logs only what it did', async () => {
    const log = { info: vi.fn(), error: vi.fn() };
    const run = vi.fn().mockResolvedValueOnce(done({ 'creation-period.reminder': 2 })).mockResolvedValue(done());
    const scheduler = startScheduler(deps, { log, run, firstRunDelayMs: 1_000, intervalMs: 60_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(log.info).toHaveBeenCalledWith('期限任务（2028-01-01）：creation-period.reminder×2');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(log.info).toHaveBeenCalledTimes(1);
    await scheduler.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('never starts a run while one is still going, and stop waits for it', async () => {
    let finish = () => {};
    const run = vi.fn(() => new Promise<DeadlineJobResult>((resolve) => (finish = () => resolve(done()))));
    const scheduler = startScheduler(deps, { log: { info: vi.fn(), error: vi.fn() }, run, firstRunDelayMs: 0, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).toHaveBeenCalledTimes(1);
    let isStopped = false;
    const stopping = scheduler.stop().then(() => (isStopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(isStopped).toBe(false);
    finish();
    await stopping;
    expect(isStopped).toBe(true);
  });

  it('a failed run is logged and the next tick tries again', async () => {
    const log = { info: vi.fn(), error: vi.fn() };
    const run = vi.fn().mockRejectedValueOnce(new Error('连接中断')).mockResolvedValue(done());
    const scheduler = startScheduler(deps, { log, run, firstRunDelayMs: 0, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log.error).toHaveBeenCalledWith('期限任务失败，下次将重试：连接中断');
    expect(run).toHaveBeenCalledTimes(2);
    await scheduler.stop();
  });

  // ADR 0022: the audit chain is anchored after the job's run, on every tick (the anchor itself keeps to once a day).
  it('runs the daily anchor after each run, logs what it says, and survives its failure', async () => {
    const log = { info: vi.fn(), error: vi.fn() };
    const run = vi.fn().mockResolvedValue(done());
    const anchor = vi
      .fn()
      .mockResolvedValueOnce({ level: 'info', message: '审计哈希链已锚定：第 7 号' })
      .mockRejectedValueOnce(new Error('磁盘已满'))
      .mockResolvedValue(null);
    const scheduler = startScheduler(deps, { log, run, anchor, firstRunDelayMs: 0, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(anchor).toHaveBeenCalledTimes(3);
    expect(log.info).toHaveBeenCalledWith('审计哈希链已锚定：第 7 号');
    expect(log.error).toHaveBeenCalledWith('审计哈希链锚定失败，下次将重试：磁盘已满');
    await scheduler.stop();
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileClock, shanghaiDateOf } from './clock';

const dir = mkdtempSync(path.join(tmpdir(), 'shifan-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the clock', () => {
  it.each([
    ['2026-11-28T15:59:59Z', '2026-11-28'],
    ['2026-11-28T16:00:00Z', '2026-11-29'],
  ])('takes the Asia/Shanghai date of %s', (instant, date) => {
    expect(shanghaiDateOf(new Date(instant))).toBe(date);
  });

  it('reads the demo clock file on every call, and falls back to the system time without one', () => {
    const file = path.join(dir, 'clock.txt');
    const clock = fileClock(file);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
    writeFileSync(file, '2025-06-02T01:00:00.000Z');
    expect(clock.today()).toBe('2025-06-02');
    writeFileSync(file, '2025-06-09T17:00:00.000Z');
    expect(clock.today()).toBe('2025-06-10');
    writeFileSync(file, 'not a time');
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });
});

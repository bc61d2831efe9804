// Moves the server's "now" for journeys that must cross a 公示 window or an application deadline. The server
// reads the file on every request (src/server/clock.ts fileClock); removing it returns to the real time.
import { rmSync, writeFileSync } from 'node:fs';
import { inject } from 'vitest';

/** Sets the server's time to this Asia/Shanghai wall-clock moment, e.g. setServerTime('2025-03-10T09:00'). */
export function setServerTime(shanghaiLocal: string): void {
  writeFileSync(inject('clockFile'), new Date(`${shanghaiLocal}:00+08:00`).toISOString());
}

export function resetServerTime(): void {
  rmSync(inject('clockFile'), { force: true });
}

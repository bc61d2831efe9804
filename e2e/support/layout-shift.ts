// F6 item 5: no layout shift on a phone. Measured the same way by every journey that checks it.
import type { Page } from 'playwright-core';

/** Sum of the layout-shift scores so far (CLS as the browser counts it, input-driven shifts left out). */
export async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in the first callback; a short wait also catches a late shift.
        setTimeout(() => resolve(total), 500);
      }),
  );
}

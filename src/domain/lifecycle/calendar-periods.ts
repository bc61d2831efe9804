// Calendar (not working-day) periods of the lifecycle (DESIGN §3), counted with addCalendarMonths/Years of
// src/domain/calendar/day-arithmetic.ts: creation 2 years, extension 1 year,
// re-review every 2 years, rectification 1 year, change report 3 months.
//
// Boundary convention, used by every period in this folder: a period of N months or years counted from day S
// ends on the corresponding day N months or years later, and that day is still inside the period; a month
// without the corresponding day ends on its last day (民法典 第二百零一条、第二百零二条: the first day is
// not counted, 到期月的对应日为期间的最后一日). So a 2-year creation period confirmed on 2026-10-12 ends on
// 2028-10-12, and one confirmed on 2024-02-29 ends on 2026-02-28. The same "ends on = last day inside" reading
// is what DESIGN §3 gives the 5-working-day 公示 (it ends at 23:59:59 of its 5th working day).

export const CREATION_PERIOD_YEARS = 2; // Art. 7(2): 进入2年创建期
export const EXTENSION_YEARS = 1; // Art. 7(3): 允许延长1年创建期
export const RE_REVIEW_INTERVAL_YEARS = 2; // Art. 10: 每2年开展一次复核
export const RECTIFICATION_YEARS = 1; // Art. 10: 给予1年整改期
export const CHANGE_REPORT_MONTHS = 3; // Art. 11: 应在3个月内报告

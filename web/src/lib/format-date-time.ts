// Dates and times as people in Guangdong read them, in Asia/Shanghai whatever the browser's zone (DESIGN §3).
const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
const shanghaiTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
const shanghaiSeconds = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** "2026-11-28" for an ISO instant. */
export function formatDate(iso: string): string {
  return shanghaiDate.format(new Date(iso));
}

/** "2026-11-28 10:05" for an ISO instant. */
export function formatDateTime(iso: string): string {
  const instant = new Date(iso);
  return `${shanghaiDate.format(instant)} ${shanghaiTime.format(instant)}`;
}

/** "2026-11-28 10:05:09": an audit record is read to the second. */
export function formatDateTimeSeconds(iso: string): string {
  const instant = new Date(iso);
  return `${shanghaiDate.format(instant)} ${shanghaiSeconds.format(instant)}`;
}

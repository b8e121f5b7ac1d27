const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2024-03-05` → `2024年3月5日`, as dates are written in official documents. */
export function chineseDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`not a date: ${isoDate}`);
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Today in the committee's calendar (China Standard Time), `YYYY-MM-DD`. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Dates in the words people read: "31 August 2021", "Monday 12 January 2027". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function formatLongDate(date: string): string {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatDateWithDay(date: string): string {
  const { year, month, day } = parts(date);
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "10:00" becomes "10am", "13:30" becomes "1:30pm", "12:00" becomes "midday". */
export function formatTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (hours === 12 && minutes === 0) return 'midday';
  if (hours === 0 && minutes === 0) return 'midnight';
  const suffix = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twelve}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${suffix}`;
}

/** One clock formatter per locale: making one costs far more than using it. */
const clocks = new Map<string, Intl.DateTimeFormat>();

/**
 * A time of day ("HH:MM") in a locale: English ("en-GB") keeps GOV.UK's "10am" (formatTime);
 * other languages their own 24-hour clock ("10:00"). The one clock for pages, print and scripts.
 */
export function timeInLocale(locale: string, clock: string): string {
  if (locale === 'en-GB') return formatTime(clock);
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  let formatter = clocks.get(locale);
  if (!formatter) clocks.set(locale, (formatter = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' })));
  return formatter.format(new Date(Date.UTC(2026, 0, 5, hours, minutes)));
}

/** Data of the article frame and its date helpers, for the parts it draws again (article-redraw.ts). No side effects. */

/** A file listed under 附件. */
export interface ArticleAttachment {
  /** The file's name, e.g. 《内蒙古高质量发展科技赋能实施方案》. */
  name: string;
  href: string;
  /** The file type as readers know it, e.g. "PDF". */
  type?: string;
  /** The file size as text, e.g. "1.2 MB". */
  size?: string;
}

/** A link to the previous or next article (上一篇 / 下一篇). */
export interface ArticleLink {
  title: string;
  href: string;
}

/** A publication time in Beijing time, as `<time datetime>` wants it: a date, or a date and time with +08:00. */
export interface BeijingTime {
  datetime: string;
}

/**
 * Reads "2023-12-05 22:45", "2023-12-05T22:45", "2023-12-05T14:45Z",
 * "2023-12-05T22:45+08:00" or "2023-12-05". A time without an offset is
 * Beijing time; one with another offset is converted to it. Returns undefined
 * for anything else.
 */
export function beijingTime(input: string): BeijingTime | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(input.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, offset] = m;
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return undefined;
  if (h === undefined || mi === undefined) return { datetime: `${y}-${mo}-${d}` };
  if (+h > 23 || +mi > 59) return undefined;
  let time = `${+y!}-${mo}-${d}T${h}:${mi}`;
  if (offset && offset !== '+08:00' && offset !== '+0800') {
    // The offset in minutes east of UTC: ±hh:mm or ±hhmm, Z for none.
    const east = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(-2));
    time = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi) + (480 - east) * 60_000).toISOString().slice(0, 16);
  }
  return { datetime: `${time}+08:00` };
}

/**
 * The publication time for people, in `locale`, Beijing time. In Chinese, as
 * government sites publish it (DESIGN.md): 2023-12-05 22:45. In English,
 * December 5, 2023 at 10:45 PM. Browsers have no month names in the
 * traditional Mongolian script (they answer in Cyrillic or English), so
 * mn-Mong gets digits in year-month-day order, as Chinese formatting writes
 * them: 2023/12/05 22:45.
 */
export function formatPublished(time: BeijingTime, locale: string): string {
  if (locale === 'zh-Hans') return time.datetime.slice(0, 16).replace('T', ' ');
  const withTime = time.datetime.includes('T');
  const instant = new Date(withTime ? time.datetime : `${time.datetime}T12:00+08:00`);
  const digits = locale === 'mn-Mong';
  const options: Intl.DateTimeFormatOptions = digits
    ? { year: 'numeric', month: '2-digit', day: '2-digit', ...(withTime && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) }
    : { dateStyle: 'long', ...(withTime && { timeStyle: 'short' }) };
  return new Intl.DateTimeFormat(digits ? 'zh-Hans' : locale, { ...options, timeZone: 'Asia/Shanghai' }).format(instant);
}

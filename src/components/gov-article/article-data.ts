/** Data of the article frame and the helpers that read and check it. No side effects. */

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

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const pad = (n: number): string => String(n).padStart(2, '0');

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
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (h === undefined || mi === undefined) {
    return { datetime: `${y}-${mo}-${d}` };
  }
  let [hour, minute] = [Number(h), Number(mi)];
  if (hour > 23 || minute > 59) return undefined;
  let date = { year, month, day };
  if (offset && offset !== '+08:00' && offset !== '+0800') {
    const sign = offset === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
    const utc = Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes * 60_000;
    const beijing = new Date(utc + 8 * 60 * 60_000);
    date = { year: beijing.getUTCFullYear(), month: beijing.getUTCMonth() + 1, day: beijing.getUTCDate() };
    [hour, minute] = [beijing.getUTCHours(), beijing.getUTCMinutes()];
  }
  const ymd = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const hm = `${pad(hour)}:${pad(minute)}`;
  return { datetime: `${ymd}T${hm}+08:00` };
}

/**
 * The publication time for people, in `locale`, Beijing time: 2023年12月5日
 * 22:45, December 5, 2023 at 10:45 PM. Browsers have no month names in the
 * traditional Mongolian script (they answer in Cyrillic or English), so
 * mn-Mong gets digits in year-month-day order, as Chinese formatting writes
 * them: 2023/12/05 22:45.
 */
export function formatPublished(time: BeijingTime, locale: string): string {
  const withTime = time.datetime.includes('T');
  const instant = new Date(withTime ? time.datetime : `${time.datetime}T12:00+08:00`);
  const digits = locale === 'mn-Mong';
  const options: Intl.DateTimeFormatOptions = digits
    ? { year: 'numeric', month: '2-digit', day: '2-digit', ...(withTime && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) }
    : { dateStyle: 'long', ...(withTime && { timeStyle: 'short' }) };
  return new Intl.DateTimeFormat(digits ? 'zh-Hans' : locale, { ...options, timeZone: 'Asia/Shanghai' }).format(instant);
}

/** Keeps the well-formed attachments; warns once, naming the count, when some are skipped. */
export function validAttachments(list: unknown): ArticleAttachment[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    console.warn('gov-article: attachments must be an array; ignored.');
    return [];
  }
  const good: ArticleAttachment[] = [];
  for (const entry of list as unknown[]) {
    const item = entry as Partial<Record<keyof ArticleAttachment, unknown>> | null;
    if (item && isText(item.name) && isText(item.href)) {
      good.push({
        name: item.name.trim(),
        href: item.href,
        type: isText(item.type) ? item.type.trim() : undefined,
        size: isText(item.size) ? item.size.trim() : undefined,
      });
    }
  }
  if (good.length < list.length) {
    console.warn(`gov-article: skipped ${list.length - good.length} attachment(s) without a text name and href.`);
  }
  return good;
}

/** The link when it has a text title and href; undefined otherwise, with a warning naming the field. */
export function validLink(field: 'prev' | 'next', link: unknown): ArticleLink | undefined {
  if (link === undefined || link === null) return undefined;
  const item = link as Partial<Record<keyof ArticleLink, unknown>>;
  if (isText(item.title) && isText(item.href)) return { title: item.title.trim(), href: item.href };
  console.warn(`gov-article: ${field} needs a text title and href; skipped.`);
  return undefined;
}

/** Splits "(PDF, 1.2 MB)" into a type and a size. */
export function parseFileMeta(text: string): { type?: string; size?: string } {
  const parts = text
    .replace(/^[\s((]+|[\s))]+$/g, '')
    .split(/[,,]/)
    .map((part) => part.trim())
    .filter(Boolean);
  return { type: parts[0], size: parts[1] };
}

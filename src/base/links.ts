/** Typed link data shared by the navigation components, and the checks that keep bad entries out. */

/** A link: visible label and address. */
export interface GovLink {
  label: string;
  href: string;
}

/** A headed group of links (a mega-menu column, a related-sites group). */
export interface GovLinkGroup {
  label: string;
  links: GovLink[];
}

/** True when `value` is a link with a non-empty string label and href. */
export function isLink(value: unknown): value is GovLink {
  if (typeof value !== 'object' || value === null) return false;
  const { label, href } = value as Record<string, unknown>;
  return typeof label === 'string' && label.trim() !== '' && typeof href === 'string' && href.trim() !== '';
}

/**
 * Collects valid entries from data a site passes in, counting what it skips,
 * so a component warns once per update however many entries were bad.
 */
export class DataCleaner {
  skipped = 0;

  constructor(private readonly where: string) {}

  /** The entries of `list` that `valid` accepts; anything but an array counts as one bad entry. */
  list<T>(list: unknown, valid: (entry: unknown) => entry is T): T[] {
    if (!Array.isArray(list)) {
      if (list !== undefined && list !== null) this.skipped += 1;
      return [];
    }
    const kept = list.filter(valid);
    this.skipped += list.length - kept.length;
    return kept;
  }

  links(list: unknown): GovLink[] {
    return this.list(list, isLink);
  }

  /** Groups with a string label and a links array; their links cleaned too. */
  groups(list: unknown): GovLinkGroup[] {
    const groups = this.list(list, (value: unknown): value is { label: string; links: unknown[] } => {
      if (typeof value !== 'object' || value === null) return false;
      const { label, links } = value as Record<string, unknown>;
      return typeof label === 'string' && label.trim() !== '' && Array.isArray(links);
    });
    return groups.map((group) => ({ label: group.label, links: this.links(group.links) }));
  }

  /** Warns once when anything was skipped. */
  report(): void {
    if (this.skipped > 0) {
      console.warn(`<${this.where}>: skipped ${this.skipped} malformed entr${this.skipped === 1 ? 'y' : 'ies'} (each link needs a string label and href)`);
    }
  }
}

/** An element's text with its white space collapsed; empty for none. */
export const textOf = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Reads `{ label, href }` from an `<a>` of the fallback markup. */
export function linkFrom(anchor: Element | null | undefined): GovLink | undefined {
  if (!anchor) return undefined;
  return { label: textOf(anchor), href: anchor.getAttribute('href') ?? '' };
}

/** Every link of the fallback list `list` (direct `li > a`), skipping malformed ones. */
export function linksFrom(list: Element | null | undefined): GovLink[] {
  if (!list) return [];
  return [...list.querySelectorAll(':scope > li > a')].map(linkFrom).filter(isLink);
}

/** Reads the headed groups of a department list from fallback markup (`section` > `h2` + `ul`). */
export function departmentsFrom(root: Element | null | undefined): GovLinkGroup[] {
  if (!root) return [];
  return [...root.querySelectorAll('section')].map((section) => ({
    label: textOf(section.querySelector('h2, h3, h4')),
    links: linksFrom(section.querySelector('ul')),
  }));
}

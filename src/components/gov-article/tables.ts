/**
 * Wide tables in the article body scroll inside their own region, so the
 * page never scrolls sideways at 320 px or at 200 % (WCAG 1.4.10), and the
 * table stays a table. A CMS may publish the region itself (see index.html);
 * a bare table gets one here: a `div.gov-article__table` that is focusable,
 * so keyboard users can scroll it, and named by the table's caption.
 */
export const tableRegionClass = 'gov-article__table';

let captions = 0;

/** Wraps each table of `body` that has no region yet. `fallbackName` names a table without a caption. */
export function wrapTables(body: Element, fallbackName: string): void {
  for (const table of body.querySelectorAll('table')) {
    if (table.closest(`.${tableRegionClass}`) || table.parentElement?.closest('table')) continue;
    const region = document.createElement('div');
    region.className = tableRegionClass;
    region.setAttribute('role', 'region');
    region.tabIndex = 0;
    const caption = table.caption;
    if (caption) {
      caption.id ||= `gov-table-caption-${(captions += 1)}`;
      region.setAttribute('aria-labelledby', caption.id);
    } else {
      region.setAttribute('aria-label', fallbackName);
    }
    table.before(region);
    region.append(table);
  }
}

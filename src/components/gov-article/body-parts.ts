/**
 * Long article bodies: runs of paragraphs grouped into parts.
 *
 * Every direct child of a long `.gov-article__body` has `content-visibility:
 * auto` (themes/page.css), so off-screen blocks skip layout and paint. Each block
 * still costs a style recalculation, a layout box and an intersection check
 * when a mode changes, which on a body of 2,000 paragraphs is most of a
 * 长辈版 switch. Grouped into parts, an off-screen part skips all of that for
 * its paragraphs at once (docs/adr/0008-long-article-bodies-in-parts.md).
 */

/** The wrapper: an undefined custom element, so host rules written for `div` or `section` do not reach it. */
export const partTag = 'gov-article-part';

/** Bodies with fewer blocks keep their markup exactly; per-block skipping already keeps a mode switch within a frame there. */
export const groupingThreshold = 100;

/** Paragraphs per part: few enough that a part coming into view lays out within a frame. */
export const paragraphsPerPart = 25;

/**
 * Groups the runs of consecutive `p` children of `body` into parts of at most
 * {@link paragraphsPerPart}, once the body has {@link groupingThreshold}
 * children or more. Only paragraphs are grouped, so the spacing a part carries
 * is the paragraph spacing; headings, figures, tables and lone paragraphs stay
 * where they are. Parts already made are left alone, so calling it again only
 * groups paragraphs added since.
 */
export function groupParagraphs(body: Element): void {
  if (body.childElementCount < groupingThreshold) return;
  let run: Element[] = [];
  const closeRun = (): void => {
    if (run.length > 1) {
      const part = document.createElement(partTag);
      run[0]!.before(part);
      part.append(...run);
    }
    run = [];
  };
  for (const child of [...body.children]) {
    if (child.localName !== 'p') {
      closeRun();
      continue;
    }
    run.push(child);
    if (run.length === paragraphsPerPart) closeRun();
  }
  closeRun();
}

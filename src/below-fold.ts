/**
 * Related sites, the footer and 返回顶部: one lazy chunk, which the page entry
 * loads when the first two come near the window or the visitor has scrolled
 * a screen down, whichever comes first (one chunk costs less than two).
 */
import './elements/gov-related-sites.js';
import './elements/gov-footer.js';
import './elements/gov-back-to-top.js';

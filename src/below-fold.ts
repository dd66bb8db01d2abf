/** Related sites and the footer, a lazy chunk the page entry loads when they come near the window. */
import './elements/gov-related-sites.js';
import './elements/gov-footer.js';

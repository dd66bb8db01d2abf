/** Defines <gov-related-sites> (and sets the page up): `import 'gov-portal-kit/elements/gov-related-sites.js'`. */
import { setUpPage } from '../setup.js';
import { GovRelatedSites } from '../components/gov-related-sites/gov-related-sites.js';

setUpPage();
GovRelatedSites.define('gov-related-sites');

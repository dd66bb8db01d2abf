/** Defines <gov-skip-link> (and sets the page up): `import 'gov-portal-kit/elements/gov-skip-link.js'`. */
import { setUpPage } from '../setup.js';
import { GovSkipLink } from '../components/gov-skip-link/gov-skip-link.js';

setUpPage();
GovSkipLink.define('gov-skip-link');

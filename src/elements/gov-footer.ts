/** Defines <gov-footer> (and sets the page up): `import 'gov-portal-kit/elements/gov-footer.js'`. */
import { setUpPage } from '../setup.js';
import { GovFooter } from '../components/gov-footer/gov-footer.js';

setUpPage();
GovFooter.define('gov-footer');

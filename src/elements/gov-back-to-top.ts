/** Defines <gov-back-to-top> (and sets the page up): `import 'gov-portal-kit/elements/gov-back-to-top.js'`. */
import { setUpPage } from '../setup.js';
import { GovBackToTop } from '../components/gov-back-to-top/gov-back-to-top.js';

setUpPage();
GovBackToTop.define('gov-back-to-top');

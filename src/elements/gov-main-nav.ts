/** Defines <gov-main-nav> (and sets the page up): `import 'gov-portal-kit/elements/gov-main-nav.js'`. */
import { setUpPage } from '../setup.js';
import { GovMainNav } from '../components/gov-main-nav/gov-main-nav.js';

setUpPage();
GovMainNav.define('gov-main-nav');

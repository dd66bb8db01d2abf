/** Defines <gov-font-size> (and sets the page up): `import 'gov-portal-kit/elements/gov-font-size.js'`. */
import { setUpPage } from '../setup.js';
import { GovFontSize } from '../components/gov-font-size/gov-font-size.js';

setUpPage();
GovFontSize.define('gov-font-size');

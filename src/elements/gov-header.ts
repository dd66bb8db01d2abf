/** Defines <gov-header> (and sets the page up): `import 'gov-portal-kit/elements/gov-header.js'`. */
import { setUpPage } from '../setup.js';
import { GovHeader } from '../components/gov-header/gov-header.js';

setUpPage();
GovHeader.define('gov-header');

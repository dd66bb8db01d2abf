/** Defines <gov-share> (and sets the page up): `import 'gov-portal-kit/elements/gov-share.js'`. */
import { setUpPage } from '../setup.js';
import { GovShare } from '../components/gov-share/gov-share.js';

setUpPage();
GovShare.define('gov-share');

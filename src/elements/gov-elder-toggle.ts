/** Defines <gov-elder-toggle> (and sets the page up): `import 'gov-portal-kit/elements/gov-elder-toggle.js'`. */
import { setUpPage } from '../setup.js';
import { GovElderToggle } from '../components/gov-elder-toggle/gov-elder-toggle.js';

setUpPage();
GovElderToggle.define('gov-elder-toggle');

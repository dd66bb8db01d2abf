/** Defines <gov-a11y-toggle> (and sets the page up): `import 'gov-portal-kit/elements/gov-a11y-toggle.js'`. */
import { setUpPage } from '../setup.js';
import { GovA11yToggle } from '../components/gov-a11y-toggle/gov-a11y-toggle.js';

setUpPage();
GovA11yToggle.define('gov-a11y-toggle');

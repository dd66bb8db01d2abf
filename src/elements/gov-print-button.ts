/** Defines <gov-print-button> (and sets the page up): `import 'gov-portal-kit/elements/gov-print-button.js'`. */
import { setUpPage } from '../setup.js';
import { GovPrintButton } from '../components/gov-print-button/gov-print-button.js';

setUpPage();
GovPrintButton.define('gov-print-button');

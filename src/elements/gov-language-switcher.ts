/** Defines <gov-language-switcher> (and sets the page up): `import 'gov-portal-kit/elements/gov-language-switcher.js'`. */
import { setUpPage } from '../setup.js';
import { GovLanguageSwitcher } from '../components/gov-language-switcher/gov-language-switcher.js';

setUpPage();
GovLanguageSwitcher.define('gov-language-switcher');

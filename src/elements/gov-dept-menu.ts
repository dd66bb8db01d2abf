/** Defines <gov-dept-menu> (and sets the page up): `import 'gov-portal-kit/elements/gov-dept-menu.js'`. */
import { setUpPage } from '../setup.js';
import { GovDeptMenu } from '../components/gov-dept-menu/gov-dept-menu.js';

setUpPage();
GovDeptMenu.define('gov-dept-menu');

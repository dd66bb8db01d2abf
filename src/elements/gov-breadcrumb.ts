/** Defines <gov-breadcrumb> (and sets the page up): `import 'gov-portal-kit/elements/gov-breadcrumb.js'`. */
import { setUpPage } from '../setup.js';
import { GovBreadcrumb } from '../components/gov-breadcrumb/gov-breadcrumb.js';

setUpPage();
GovBreadcrumb.define('gov-breadcrumb');

// Orca reads the demo in chromium (suite.mjs); a file per browser lets node --test run both at once.
import { screenReaderSuite } from './suite.mjs';

screenReaderSuite('chromium');

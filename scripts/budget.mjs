// The size budget step of `npm test`: fails when a page view of the built
// demo (every JS and CSS file the browser fetches without interaction) or
// everything the demo can load exceeds its gzip budget. Prints the figures.
import { budgets, measureDemo, printSizes } from './sizes.mjs';

const result = await measureDemo(process.env.GOV_DIST ?? 'dist');
console.log('Size budget (gzip):');
printSizes(result);
const failures = [];
if (result.pageView > budgets.pageView) failures.push(`a page view ${result.pageView} B > ${budgets.pageView} B`);
if (result.everything > budgets.everything) failures.push(`everything ${result.everything} B > ${budgets.everything} B`);
if (failures.length) {
  console.error(`Size budget exceeded: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('Size budget: within budget.');

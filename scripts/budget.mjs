// The size budget step of `npm test`: fails when the built demo's gzip bytes
// exceed the first-load or total budget. Prints the figures at every run.
import { budgets, measureDemo, printSizes } from './sizes.mjs';

const result = measureDemo();
console.log('Size budget (gzip):');
printSizes(result);
const failures = [];
if (result.firstLoad > budgets.firstLoad) failures.push(`first load ${result.firstLoad} B > ${budgets.firstLoad} B`);
if (result.everything > budgets.everything) failures.push(`everything ${result.everything} B > ${budgets.everything} B`);
if (failures.length) {
  console.error(`Size budget exceeded: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('Size budget: within budget.');

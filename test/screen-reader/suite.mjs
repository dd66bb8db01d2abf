// The screen-reader suite for one browser: Orca reads the built demo,
// scenario by scenario (scenarios.mjs), each variant in a fresh profile. Each
// scenario's transcript must match the approved one in transcripts/, and its
// key facts must hold. chromium.test.mjs and firefox.test.mjs run it, each
// with its own desktop, so `node --test` can run the two browsers side by
// side. Run it with `npm run test:screen-reader` (scripts/screen-reader.mjs
// checks the tools first); SR_BROWSERS=chromium, SR_SCENARIOS=toolbar,share or
// SR_VARIANTS=en,elder narrows a run, UPDATE_TRANSCRIPTS=1 approves what Orca says now.
import { after, before, describe, it } from 'node:test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../support/serve.mjs';
import { Desktop } from './support/desktop.mjs';
import { openBrowser } from './support/browsers.mjs';
import { Driver } from './support/driver.mjs';
import { Facts } from './support/facts.mjs';
import { translator } from './support/i18n.mjs';
import { compareTranscript, format, writeOutput } from './support/transcript.mjs';
import { knownIssues, scenarios, variants } from './scenarios.mjs';

const root = process.env.GOV_DIST ?? 'dist';
const list = (name, all) => (process.env[name] ? process.env[name].split(',').map((s) => s.trim()) : all);
const chosen = list(
  'SR_SCENARIOS',
  scenarios.map((s) => s.id),
);
const chosenVariants = list('SR_VARIANTS', Object.keys(variants));
const keep = process.env.SR_KEEP === '1';

// Interrupted (Ctrl+C, a CI timeout), the run still leaves no Xvfb, Orca or browser behind.
const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const desktop of running) desktop.killNow();
    process.exit(130);
  });
}

/** Defines the suite for `browserName` (chromium or firefox) unless SR_BROWSERS leaves it out. */
export function screenReaderSuite(browserName) {
  if (!list('SR_BROWSERS', [browserName]).includes(browserName)) return;
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` first.`);
  describe(`Orca 43 with ${browserName}`, { concurrency: 1 }, () => {
    let server;
    let desktop;
    before(async () => {
      server = await startServer({ root });
      desktop = new Desktop({ keep });
      running.add(desktop);
      await desktop.start();
    });
    after(async () => {
      await desktop?.stop();
      running.delete(desktop);
      await server?.close();
      if (keep) console.log(`Orca's debug log and the run's files: ${desktop?.dir}`);
    });

    for (const [variantName, variant] of Object.entries(variants).filter(([name]) => chosenVariants.includes(name))) {
      const runs = scenarios.filter((s) => s.variants.includes(variantName) && chosen.includes(s.id));
      if (!runs.length) continue;
      describe(variantName, { concurrency: 1 }, () => {
        let browser;
        let profile;
        before(async () => {
          // A fresh profile per variant: the kit keeps the visitor's choices in storage.
          profile = mkdtempSync(join(tmpdir(), `gov-sr-${browserName}-`));
          const mark = desktop.log.mark();
          browser = await openBrowser(browserName, desktop, profile, `${server.url}${variant.query}`);
          await desktop.log.waitForPhrase(mark, /^Page has |document web\.?$/, 20_000).catch(() => {});
          await desktop.log.settle(mark, { quietMs: 500 });
        });
        after(async () => {
          await browser?.close();
          rmSync(profile, { recursive: true, force: true });
        });

        for (const scenario of runs) {
          it(scenario.title, { timeout: 240_000 }, async (t) => {
            const sr = new Driver(desktop, browser, server.url, variant.query);
            const facts = new Facts();
            const name = `${browserName}/${scenario.id}.${variantName}`;
            const title = `${scenario.title} (${browserName}, ${variantName})`;
            try {
              await sr.load();
              await scenario.run(sr, { t: translator(variant.locale), facts, variant, browser: browserName });
            } catch (error) {
              // The steps so far still go to __output__/ for the diagnosis; nothing is approved.
              writeOutput(name, format(title, sr.steps, { languages: browserName !== 'firefox' }));
              throw error;
            }
            for (const note of facts.notes) t.diagnostic(`known limitation: ${note}`);
            const known = knownIssues.filter((k) => k.scenario === scenario.id && k.browsers.includes(browserName) && k.variants.includes(variantName));
            const failures = facts.failures.filter((failure) => !known.some((k) => k.failure.test(failure)));
            for (const k of known) {
              if (facts.failures.some((failure) => k.failure.test(failure))) t.diagnostic(`known issue: ${k.why}`);
              else failures.push(`the known issue ${k.failure} no longer happens: remove it from knownIssues in scenarios.mjs`);
            }
            // A transcript whose key facts fail is not approved, even with UPDATE_TRANSCRIPTS=1.
            const text = format(title, sr.steps, { languages: browserName !== 'firefox' });
            const difference = failures.length ? (writeOutput(name, text), null) : compareTranscript(name, text);
            const problems = [...failures, ...(difference ? [difference] : [])];
            if (problems.length) throw new Error(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
          });
        }
      });
    }
  });
}

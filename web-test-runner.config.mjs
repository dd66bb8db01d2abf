// Unit, keyboard and accessibility tests of every component, in Chromium.
// `npm run test:browsers` uses web-test-runner.browsers.config.mjs for Firefox and WebKit too.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChromium, chromiumArgs } from './support/browsers.mjs';
import { crossBrowserCommands } from './scripts/wtr-commands.mjs';

export const shared = {
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), crossBrowserCommands()],
  testFramework: { config: { timeout: 10000 } },
  // Tests run in a real page: a title, a language and the theme tokens, as on a ministry site.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8">
    <title>gov-portal-kit unit tests</title>
    <link rel="stylesheet" href="/themes/index.css">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  testsFinishTimeout: 300000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/i18n/generated/**', 'src/embed.ts'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 75 },
    reportDir: 'coverage',
  },
};

export default {
  ...shared,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
    }),
  ],
};

// The unit tests in Chromium, Firefox and WebKit (`npm run test:browsers`).
// WebKit is WebKitGTK's MiniBrowser behind WebKitWebDriver, which
// scripts/test-browsers.mjs starts under Xvfb before this config loads.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { shared } from './web-test-runner.config.mjs';
import { requireChromium, chromiumArgs, findBrowser } from './support/browsers.mjs';

const webkitPort = Number(process.env.GOV_WEBKIT_DRIVER_PORT ?? 4445);

export default {
  ...shared,
  // WebKitWebDriver serves one session at a time.
  concurrency: 1,
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs } }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: findBrowser('firefox'), headless: true },
    }),
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkitPort,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
  ],
};

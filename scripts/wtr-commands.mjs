// Test commands that also work in WebKitGTK's WebDriver, which has no
// viewport command and no separate key-down/key-up in the runner's sendKeys.

const webdriverKeys = { Alt: '\uE00A', Shift: '\uE008', Control: '\uE009' };

/** The character a key code types: KeyA → a, Digit2 → 2, anything else as it is. */
const keyFromCode = (code) => code.replace(/^Key([A-Z])$/, (_, letter) => letter.toLowerCase()).replace(/^Digit(\d)$/, '$1');

export function crossBrowserCommands() {
  return {
    name: 'gov-cross-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'gov-set-viewport') {
        if (session.browser.type !== 'webdriver') return false;
        const driver = session.browser.driver;
        await driver.setWindowSize(payload.width, payload.height);
        // The window includes its frame: grow it by the difference so the viewport matches.
        const [width, height] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        await driver.setWindowSize(2 * payload.width - width, 2 * payload.height - height);
        return true;
      }
      if (command === 'gov-key-chord') {
        const { modifiers, code } = payload;
        if (session.browser.type === 'webdriver') {
          const keys = [...modifiers.map((m) => webdriverKeys[m]), keyFromCode(code)];
          await session.browser.driver.performActions([
            {
              type: 'key',
              id: 'keyboard',
              actions: [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))],
            },
          ]);
          await session.browser.driver.releaseActions();
          return true;
        }
        const page = session.browser.getPage(session.id);
        for (const modifier of modifiers) await page.keyboard.down(modifier);
        await page.keyboard.press(code);
        for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier);
        return true;
      }
      return undefined;
    },
  };
}

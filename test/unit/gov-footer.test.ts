import type { GovFooter } from '../../src/components/gov-footer/gov-footer.js';
import { phoneEntries } from '../../src/components/gov-footer/registration.js';
import '../../src/index.js';
import { expect, expectNoAxeViolations, expectVisibleFocus, fixture, html, sendKeys, waitUntil } from './helpers.js';

/** The first element in the footer matching `selector` whose text (trimmed) is `name`. */
function byText<T extends Element = HTMLElement>(host: Element, selector: string, name: string): T {
  const found = [...host.querySelectorAll<T>(selector)].find((el) => el.textContent?.trim() === name);
  if (!found) throw new Error(`<${host.localName}> has no ${selector} named ${name}`);
  return found;
}

/** The first footer of the seed. */
async function footerOne(): Promise<GovFooter> {
  const el = await fixture<GovFooter>(html`<gov-footer
    organizer="内蒙古自治区科学技术厅"
    operator="内蒙古自治区科学技术厅"
    site-code="1500000057"
    icp="蒙ICP备2021001220号-1"
    police="蒙公网安备15010502002335号"
    police-icon="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
    address="内蒙古呼和浩特市赛罕区丰州南路78号"
    phones="0471-6328766/6328706"
    fax="0471-6923617"
    statement-href="/wzsm/"
    sitemap-href="/wzdt/"
    wechat-qr="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/%3E"
    ><footer><p>无脚本时的页脚</p></footer></gov-footer
  >`);
  await el.updateComplete;
  return el;
}

function text(el: Element): string {
  return el.textContent!.replace(/\s+/g, ' ');
}

function captureWarnings(): { messages: string[]; restore(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

describe('gov-footer', () => {
  it('renders the first seed footer from attributes, with registration links', async () => {
    const el = await footerOne();
    expect(el.querySelectorAll('footer'), 'the fallback is replaced, not doubled').to.have.length(1);
    expect(text(el)).not.to.contain('无脚本时的页脚');
    expect(el.shadowRoot, 'page content in the light DOM').to.be.null;
    expect(byText<HTMLAnchorElement>(el, 'a', '网站声明').getAttribute('href')).to.equal('/wzsm/');
    expect(byText<HTMLAnchorElement>(el, 'a', '网站地图').getAttribute('href')).to.equal('/wzdt/');
    for (const part of ['主办单位:内蒙古自治区科学技术厅', '承办单位:内蒙古自治区科学技术厅', '政府网站标识码:1500000057', '地址:内蒙古呼和浩特市赛罕区丰州南路78号', '电话:', '传真:', '微信公众号']) {
      expect(text(el)).to.contain(part);
    }
    expect(byText<HTMLAnchorElement>(el, 'a', '蒙ICP备2021001220号-1').getAttribute('href')).to.equal('https://beian.miit.gov.cn/');
    const police = byText<HTMLAnchorElement>(el, 'a', '蒙公网安备15010502002335号');
    expect(police.getAttribute('href')).to.equal('https://beian.mps.gov.cn/#/query/webSearch?code=15010502002335');
    expect(police.querySelector('img')!.getAttribute('alt'), 'the badge icon is decorative').to.equal('');
    expect(byText<HTMLAnchorElement>(el, 'a', '0471-6328766').getAttribute('href')).to.equal('tel:+86-471-6328766');
    expect(byText<HTMLAnchorElement>(el, 'a', '6328706').getAttribute('href')).to.equal('tel:+86-471-6328706');
    expect(byText<HTMLAnchorElement>(el, 'a', '0471-6923617').getAttribute('href')).to.equal('tel:+86-471-6923617');
    expect(el.querySelector('figure img')!.getAttribute('alt')).to.equal('内蒙古自治区科学技术厅微信公众号二维码');
    expect(text(el)).not.to.contain('增值电信业务经营许可证');
    await expectNoAxeViolations(el);
  });

  it('renders into its light DOM the markup the CMS publishes: links, information lines, the QR code', async () => {
    const el = await footerOne();
    expect([...el.children].map((child) => child.localName)).to.deep.equal(['footer']);
    const footer = el.querySelector(':scope > footer')!;
    expect([...footer.children].map((child) => `${child.localName}.${child.className}`)).to.deep.equal([
      'ul.gov-footer__links',
      'div.gov-footer__info',
      'figure.gov-footer__wechat',
    ]);
    expect([...footer.querySelectorAll('.gov-footer__links > li > a')].map((a) => a.textContent)).to.deep.equal(['网站声明', '网站地图']);
    expect(footer.querySelectorAll('.gov-footer__info > p')).to.have.length(3);
    expect(footer.querySelector('.gov-footer__info a.gov-footer__police > img')).to.exist;
    expect([...footer.querySelectorAll('.gov-footer__wechat > *')].map((child) => child.localName)).to.deep.equal(['img', 'figcaption']);
  });

  it('renders the second seed footer, with the 增值电信业务经营许可证', async () => {
    const el = await fixture<GovFooter>(html`<gov-footer
      organizer="内蒙古自治区科学技术厅"
      icp="蒙ICP备19004535号"
      police="蒙公网安备15010502000857号"
      telecom-license="蒙B2-20090015"
      phones="0471-6328766/6328706"
    ></gov-footer>`);
    expect(byText<HTMLAnchorElement>(el, 'a', '蒙ICP备19004535号').getAttribute('href')).to.equal('https://beian.miit.gov.cn/');
    expect(byText<HTMLAnchorElement>(el, 'a', '蒙公网安备15010502000857号').getAttribute('href')).to.equal(
      'https://beian.mps.gov.cn/#/query/webSearch?code=15010502000857',
    );
    expect(text(el)).to.contain('增值电信业务经营许可证:蒙B2-20090015');
    expect(text(el)).not.to.match(/承办单位|标识码|地址|传真|undefined/);
    expect(el.querySelector('figure')).to.be.null;
    await expectNoAxeViolations(el);
  });

  it('shows malformed numbers as plain text with a warning naming the field', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<GovFooter>(html`<gov-footer
        site-code="15000000"
        icp="蒙ICP备号"
        police="蒙公网安备1501050200233号"
        telecom-license="B2-2009"
      ></gov-footer>`);
      expect(el.querySelectorAll('a')).to.have.length(0);
      expect(text(el)).to.contain('蒙ICP备号').and.to.contain('蒙公网安备1501050200233号').and.to.contain('政府网站标识码:15000000');
      for (const field of ['siteCode', 'icp', 'police', 'telecomLicense']) {
        expect(warnings.messages.filter((m) => m.startsWith(`gov-footer: ${field} `)), field).to.have.length(1);
      }
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages, 'each warning once').to.have.length(4);
      await expectNoAxeViolations(el);
    } finally {
      warnings.restore();
    }
  });

  it('keeps drawing when a page removes a registration attribute, clears a number or gives one as a number', async () => {
    const el = await footerOne();
    el.removeAttribute('site-code');
    Object.assign(el, { icp: null, police: undefined, telecomLicense: 12345, conacCode: null });
    expect(await el.updateComplete).to.be.true;
    expect(el.siteCode).to.equal(null);
    const shown = text(el);
    expect(shown).to.contain('主办单位:内蒙古自治区科学技术厅');
    expect(shown).not.to.contain('政府网站标识码').and.not.to.contain('ICP').and.not.to.contain('null').and.not.to.contain('undefined');
    expect(shown).to.contain('增值电信业务经营许可证:12345');
    expect(el.querySelector('.gov-footer__badges')!.children).to.have.length(0);
    await expectNoAxeViolations(el);
  });

  it('accepts phone lists as properties and skips entries that are not strings', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<GovFooter>(html`<gov-footer></gov-footer>`);
      el.phones = ['010-12345678', 42 as never, '13800138000', '转人工'];
      await el.updateComplete;
      expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+86-10-12345678',
        'tel:+86-13800138000',
      ]);
      expect(text(el)).to.contain('转人工');
      expect(warnings.messages.filter((m) => m.includes('phones'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
    expect(phoneEntries(['12345']).map((p) => p.href)).to.deep.equal([undefined]);
  });

  it('reaches every link with Tab and shows focus', async () => {
    const el = await footerOne();
    byText(el, 'a', '网站声明').focus();
    expectVisibleFocus();
    const names: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      names.push(document.activeElement?.textContent?.trim() ?? '');
      expectVisibleFocus();
    }
    expect(names).to.deep.equal(['网站地图', '蒙ICP备2021001220号-1', '蒙公网安备15010502002335号', '0471-6328766', '6328706', '0471-6923617']);
  });

  it('loads no third-party script by default', async () => {
    const el = await footerOne();
    await el.updateComplete;
    expect(el.querySelector('script')).to.be.null;
    expect(el.querySelector('.gov-footer__badges')!.childElementCount).to.equal(0);
  });

  describe('opt-in badges', () => {
    const create = document.createElement.bind(document);
    beforeEach(() => {
      // Scripts created here stay inert: an unknown type is never fetched.
      document.createElement = ((tag: string, options?: ElementCreationOptions) => {
        const el = create(tag, options);
        if (tag === 'script') el.setAttribute('type', 'text/x-inert-test');
        return el;
      }) as typeof document.createElement;
    });
    afterEach(() => {
      document.createElement = create;
    });

    it('inserts the conac and 找错 scripts only with the site codes', async () => {
      const el = await fixture<GovFooter>(
        html`<gov-footer conac-code="CA050000000604299710001" jiucuo-code="1500000057"></gov-footer>`,
      );
      await waitUntil(() => el.querySelector('script'), 'badges are inserted');
      const box = el.querySelector<HTMLElement>('footer .gov-footer__badges')!;
      expect(box.querySelector('#_ideConac')).to.exist;
      const scripts = [...box.querySelectorAll('script')];
      expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([
        'https://dcs.conac.cn/js/05/000/0000/60429971/CA050000000604299710001.js',
        'https://zfwzgl.www.gov.cn/exposure/jiucuo.js',
      ]);
      expect(scripts[1].id).to.equal('_jiucuo_');
      expect(scripts[1].getAttribute('sitecode')).to.equal('1500000057');
      el.conacCode = '';
      el.jiucuoCode = '';
      await el.updateComplete;
      await waitUntil(() => box.childElementCount === 0, 'removed when the opt-in goes');
    });

    it('ignores a malformed opt-in code with a warning', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<GovFooter>(html`<gov-footer conac-code="CA123" jiucuo-code="abc"></gov-footer>`);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(el.querySelector('script')).to.be.null;
        expect(warnings.messages.some((m) => m.startsWith('gov-footer: conacCode '))).to.be.true;
        expect(warnings.messages.some((m) => m.startsWith('gov-footer: jiucuoCode '))).to.be.true;
      } finally {
        warnings.restore();
      }
    });
  });
});

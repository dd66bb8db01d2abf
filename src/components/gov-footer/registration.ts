/** Registration numbers of a government site: formats from DESIGN.md and the links they lead to. No side effects. */

/** 政府网站标识码: a 6-digit area code and a 4-digit sequence, or "bm" and 8 digits. */
export const siteCodePattern = /^(?:\d{10}|bm\d{8})$/;
/** ICP 备案号, e.g. 蒙ICP备2021001220号-1. */
export const icpPattern = /^[\u4e00-\u9fa5]ICP备\d+号(-\d+)?$/;
/** 公安机关备案号, e.g. 蒙公网安备15010502002335号. */
export const policePattern = /^[\u4e00-\u9fa5]公网安备\d{14}号$/;
/** 增值电信业务经营许可证, e.g. 蒙B2-20090015. */
export const telecomLicensePattern = /^[\u4e00-\u9fa5][A-Z]\d-\d{8}$/;
/** 党政机关 (conac) site code, e.g. CA050000000604299710001. */
export const conacCodePattern = /^CA\d{21}$/;

export const icpLink = 'https://beian.miit.gov.cn/';

/** The 公安 record search for a valid number. */
export function policeLink(number: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${number.replace(/\D/g, '')}`;
}

/** The conac badge script of a site code CA + 21 digits (05|000|0000|60429971|0001). */
export function conacScript(code: string): string {
  const d = code.slice(2);
  return `https://dcs.conac.cn/js/${d.slice(0, 2)}/${d.slice(2, 5)}/${d.slice(5, 9)}/${d.slice(9, 17)}/${code}.js`;
}

/** The 我为政府网站找错 script of gov.cn (it reads the site code from its `sitecode` attribute). */
export const jiucuoScript = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.js';

/** A phone number as written and, when it is a number, its tel: link. */
export interface Phone {
  text: string;
  href?: string;
}

/**
 * Turns "0471-6328766 / 6328706" (or a list) into phone entries. A number
 * without an area code takes the previous one's; anything that is not a
 * number stays text.
 */
export function phoneEntries(list: readonly string[]): Phone[] {
  let area = '';
  return list.map((text) => {
    const compact = text.replace(/[\s()()]/g, '');
    const withArea = /^(?:\+86-?)?(0\d{2,3})-?(\d{7,8})$/.exec(compact);
    if (withArea) {
      area = withArea[1];
      return { text, href: `tel:+86-${area.slice(1)}-${withArea[2]}` };
    }
    if (/^(?:\+86-?)?1\d{10}$/.test(compact)) return { text, href: `tel:+86-${compact.slice(-11)}` };
    if (/^\d{7,8}$/.test(compact) && area) return { text, href: `tel:+86-${area.slice(1)}-${compact}` };
    if (/^(?:400|800)-?\d{3}-?\d{4}$/.test(compact)) return { text, href: `tel:${compact}` };
    return { text };
  });
}

/** Splits an attribute such as "0471-6328766/0471-6328706" into numbers. */
export function splitList(value: string | null): string[] {
  return (value ?? '')
    .split(/[/,,、;;]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

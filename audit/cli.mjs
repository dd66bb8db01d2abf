#!/usr/bin/env node
// @ts-check
// `gov-portal-kit audit <url|file> [--out DIR] [--json] [--viewport mobile|desktop] [--lang zh|en] [--timeout S]`
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { audit, AuditError, exitCodes } from './index.mjs';
import { installCommand } from './browser.mjs';

const usage = {
  zh: `用法:gov-portal-kit audit <网址|HTML 文件> [--out 目录] [--json] [--viewport mobile|desktop] [--lang zh|en] [--timeout 秒]

对一个页面做适老化与无障碍自检:长辈版、无障碍工具条、键盘、重排、否决项、axe-core 与基础项。
报告(report.html、report.json 与截图)写入 --out 目录(默认 ./gov-audit-report)。
--json 把结果以 JSON 打印到标准输出。
退出码:0 通过;1 否决项或必需项不合格;2 用法错误;3 无法访问;4 不是 HTML;5 没有浏览器;6 超时。`,
  en: `Usage: gov-portal-kit audit <url|HTML file> [--out DIR] [--json] [--viewport mobile|desktop] [--lang zh|en] [--timeout S]

Checks one page for ageing-friendliness and accessibility: elder mode, the 无障碍 toolbar, keyboard, reflow, veto items, axe-core and basics.
The report (report.html, report.json and screenshots) goes to --out (default ./gov-audit-report).
--json prints the result as JSON on standard output.
Exit codes: 0 passed; 1 a veto or required item failed; 2 usage; 3 unreachable; 4 not HTML; 5 no browser; 6 timeout.`,
};

const errors = {
  zh: {
    usage: '用法错误',
    unreachable: '无法访问页面',
    'not-html': '不是 HTML 页面',
    'http-status': '页面返回错误状态',
    'no-browser': `找不到可用的 Chromium。请安装:\n  ${installCommand}\n或用 CHROME_PATH 指向 Chromium 或 Chrome。`,
    timeout: '超时',
  },
  en: {
    usage: 'Usage error',
    unreachable: 'The page cannot be reached',
    'not-html': 'Not an HTML page',
    'http-status': 'The page answered with an error',
    'no-browser': `No usable Chromium. Install it with:\n  ${installCommand}\nor point CHROME_PATH at Chromium or Chrome.`,
    timeout: 'Timed out',
  },
};

const labels = {
  zh: { pass: '合格', fail: '不合格', na: '不适用', manual: '人工', passed: '通过', failed: '未通过', report: '报告', took: '用时' },
  en: { pass: 'pass', fail: 'FAIL', na: 'n/a', manual: 'manual', passed: 'PASSED', failed: 'FAILED', report: 'Report', took: 'took' },
};

/**
 * Runs the command with `argv` (without node and the script); returns the exit code.
 * @param {string[]} argv
 * @param {{ out?: (text: string) => void, err?: (text: string) => void, env?: NodeJS.ProcessEnv }} [io]
 */
async function main(argv, { out = (t) => process.stdout.write(t), err = (t) => process.stderr.write(t), env = process.env } = {}) {
  /** @type {'zh' | 'en'} */
  let lang = argv.includes('--lang=en') || argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'zh';
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        viewport: { type: 'string', default: 'desktop' },
        lang: { type: 'string', default: 'zh' },
        timeout: { type: 'string', default: '180' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`${/** @type {Error} */ (error).message}\n\n${usage[lang]}\n`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${usage[lang]}\n`);
    return 0;
  }
  const [command, target, ...extra] = positionals;
  const timeout = Number(values.timeout);
  if (command !== 'audit' || !target || extra.length || (values.lang !== 'zh' && values.lang !== 'en') || (values.viewport !== 'desktop' && values.viewport !== 'mobile') || !(timeout > 0)) {
    err(`${usage[lang]}\n`);
    return exitCodes.usage;
  }
  lang = values.lang;
  const outDir = resolve(values.out ?? 'gov-audit-report');
  try {
    const result = await audit(target, { outDir, viewport: values.viewport, lang, timeout, env });
    if (values.json) {
      out(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const l = labels[lang];
      for (const item of result.items) {
        const tag = item.veto ? '!' : item.required ? '*' : ' ';
        out(`${l[item.verdict].padEnd(6)} ${tag} ${item.title}: ${item.measured}\n`);
      }
      out(`\n${result.passed ? l.passed : l.failed}  ${l.took} ${(result.durationMs / 1000).toFixed(1)} s  ${l.report}: ${relative(process.cwd(), outDir) || '.'}/report.html\n`);
    }
    return result.exitCode;
  } catch (error) {
    if (error instanceof AuditError) {
      err(`${errors[lang][error.code]}: ${error.detail}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));

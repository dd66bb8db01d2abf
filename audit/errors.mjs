// @ts-check
// The errors that stop an audit before it can give verdicts, each with its
// exit code and a message for people, in Chinese and English.

/** @typedef {'usage' | 'unreachable' | 'not-html' | 'http-status' | 'no-browser' | 'timeout'} AuditErrorCode */

/** Exit codes of the command: 0 every required item passes, 1 a veto or required item fails, 2 and up: no verdict. */
export const exitCodes = {
  pass: 0,
  fail: 1,
  usage: 2,
  unreachable: 3,
  'not-html': 4,
  'http-status': 3,
  'no-browser': 5,
  timeout: 6,
};

/** Why the audit could not run, with what to do about it. */
export class AuditError extends Error {
  /**
   * @param {AuditErrorCode} code
   * @param {string} detail
   */
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.name = 'AuditError';
    this.code = code;
    this.detail = detail;
  }

  get exitCode() {
    return exitCodes[this.code];
  }
}

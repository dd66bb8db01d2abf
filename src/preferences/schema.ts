import { allLocales, sourceLocale, type Locale } from '../i18n/localization.js';

/** Article font steps of the switcher 字体 [大 | 中 | 小]. */
export const fontSteps = ['small', 'medium', 'large'] as const;
/** Colour schemes: default, 白底黑字, 黑底黄字, 蓝底黄字, 黄底黑字. */
export const schemes = ['default', 'white-black', 'black-yellow', 'blue-yellow', 'yellow-black'] as const;
/** Speech modes: 指读 reads what the pointer or focus is on; 连读 reads the main content. */
export const speechModes = ['point', 'continuous'] as const;
export const speechRates = ['slow', 'normal', 'fast'] as const;

export const zoomMin = 100;
export const zoomMax = 200;
export const zoomStep = 10;

export type FontStep = (typeof fontSteps)[number];
export type Scheme = (typeof schemes)[number];
export type SpeechMode = (typeof speechModes)[number];
export type SpeechRate = (typeof speechRates)[number];

/** Everything the visitor can choose. One store holds it; see store.ts. */
export interface Preferences {
  fontStep: FontStep;
  elder: boolean;
  scheme: Scheme;
  /** Text zoom in percent: 100 to 200 in steps of 10. */
  zoom: number;
  largeCursor: boolean;
  readingGuide: boolean;
  captionBar: boolean;
  textOnly: boolean;
  speech: boolean;
  speechMode: SpeechMode;
  speechRate: SpeechRate;
  locale: Locale;
  toolbarOpen: boolean;
}

export const defaults: Readonly<Preferences> = Object.freeze({
  fontStep: 'medium',
  elder: false,
  scheme: 'default',
  zoom: 100,
  largeCursor: false,
  readingGuide: false,
  captionBar: false,
  textOnly: false,
  speech: false,
  speechMode: 'point',
  speechRate: 'normal',
  locale: sourceLocale,
  toolbarOpen: false,
});

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isZoom = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= zoomMin && value <= zoomMax && value % zoomStep === 0;

/** The checks of the preferences that are not on or off; the others (false by default) take a boolean. */
const validators: Partial<Record<keyof Preferences, (value: unknown) => boolean>> = {
  fontStep: oneOf(fontSteps),
  scheme: oneOf(schemes),
  zoom: isZoom,
  speechMode: oneOf(speechModes),
  speechRate: oneOf(speechRates),
  locale: oneOf(allLocales),
};

export const preferenceKeys = Object.keys(defaults) as (keyof Preferences)[];

/** The preferences the accessibility toolbar's aids set: closing the toolbar (退出) turns them back to their defaults. */
export const toolbarAids = ['speech', 'speechMode', 'scheme', 'zoom', 'largeCursor', 'readingGuide', 'captionBar', 'textOnly'] as const;

/** The change that closes the accessibility toolbar and turns its aids off. */
export function closedToolbar(): Partial<Preferences> {
  return { toolbarOpen: false, ...Object.fromEntries(toolbarAids.map((key) => [key, defaults[key]])) };
}

/**
 * Keeps the valid entries of `input` and reports the rest: unknown keys,
 * wrong types and out-of-range values. Callers fall back to defaults for
 * whatever was rejected.
 */
export function validatePatch(input: unknown): { patch: Partial<Preferences>; rejected: string[] } {
  const patch: Partial<Preferences> = {};
  const rejected: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { patch, rejected: ['(not an object)'] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(key in defaults)) {
      rejected.push(key);
      continue;
    }
    const name = key as keyof Preferences;
    if ((validators[name] ?? isBoolean)(value)) (patch as Record<string, unknown>)[name] = value;
    else rejected.push(`${key}=${JSON.stringify(value)}`);
  }
  return { patch, rejected };
}

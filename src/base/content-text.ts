import { html, type TemplateResult } from 'lit/html.js';

/** Host text inside a string of the kit's own ("来源:" + the source), declared in the content's language `lang`. */
export const hostText = (text: string, lang: string): TemplateResult => html`<span lang=${lang}>${text}</span>`;

import { LitElement, html, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { contentLanguage, getLocale } from '../i18n/localization.js';

/** How many elements of each tag have been made, for the ids they render. */
const made: Record<string, number> = {};

/**
 * Base class of every gov-portal-kit element: re-renders when the locale
 * changes, declares the language of what it shows, and defines itself safely.
 *
 * Language of parts (WCAG 3.1.2): the visitor's language choice translates
 * the kit's own strings only. An element declares `uiLang` on what shows its
 * strings, and `contentLang` on the host's text it shows (department names,
 * navigation labels, the site name, footer data), which keeps the language
 * the page was published in. `<html lang>` is never changed.
 */
export class GovElement extends LitElement {
  /** The prefix of the ids it renders, unique in the document (they share its id space): the tag and a count, `gov-header-1`. */
  protected readonly uid = `${this.localName}-${(made[this.localName] = (made[this.localName] ?? 0) + 1)}`;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    let declared = '';
    this.addController({
      hostUpdated: () => {
        const lang = this.uiLang;
        // Chromium gives screen readers a part's language only where it differs from its parent's, and does
        // not look again when the parent's changes: once the kit's strings change language, the host text
        // drawn under them (lang="zh-Hans" below a nav that was zh-Hans too) is declared anew. Setting the
        // same value is not enough; taking the attribute off and back is.
        if (declared && declared !== lang) {
          for (const part of this.drawnParts(`[lang]:not([lang="${lang}"])`)) {
            const declaredThere = part.getAttribute('lang')!;
            part.removeAttribute('lang');
            part.setAttribute('lang', declaredThere);
          }
        }
        declared = lang;
      },
    });
  }

  /**
   * Defines the element under `tag` unless that name is already taken, so a
   * page that loads the kit twice gets no "already defined" error.
   * Returns true when this call defined the element.
   */
  static define(tag: string): boolean {
    if (customElements.get(tag)) return false;
    customElements.define(tag, this);
    return true;
  }

  /**
   * Whether the element renders into a shadow root. The elements render into
   * their light DOM: the markup a page publishes and the upgraded element are
   * one markup with one look, written once in the element's CSS file
   * (ADR 0013). Only markup no page publishes (the toolbar) takes a shadow root.
   */
  static shadow = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return (this.constructor as typeof GovElement).shadow ? super.createRenderRoot() : this;
  }

  /** What the element drew that matches `selector`: in its shadow root, else in its light DOM. */
  protected drawnParts(selector: string): Element[] {
    return [...(this.shadowRoot ?? this).querySelectorAll(selector)];
  }

  /** The language of the kit's strings: the one whose strings have arrived, so the text and its `lang` change together. */
  protected get uiLang(): string {
    return getLocale();
  }

  /**
   * The language of the host's content around the element. Empty when the
   * page declares none: `lang=""` then says "unknown" rather than letting the
   * text inherit the interface language.
   */
  protected get contentLang(): string {
    return contentLanguage(this);
  }

  /** Host-supplied text inside a string of the kit's own ("来源:" + the source), declared in the content's language. */
  protected hostText(text: string): TemplateResult {
    return html`<span lang=${this.contentLang}>${text}</span>`;
  }
}

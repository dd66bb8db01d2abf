import { noChange, render, type RenderOptions, type RootPart } from 'lit/html.js';
import type { PropertyDeclaration, PropertyDeclarations, PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { contentLanguage, getLocale } from '../i18n/localization.js';

/** How many elements of each tag have been made, for the ids they render. */
const made: Record<string, number> = {};

/** An attribute's value as the property's type reads it: Lit's default conversion, or the property's converter. */
function fromAttribute(value: string | null, { type, converter }: PropertyDeclaration): unknown {
  const convert = typeof converter === 'function' ? converter : converter?.fromAttribute;
  if (convert) return convert(value, type);
  if (type === Boolean) return value !== null;
  if (type === Number) return value === null ? null : Number(value);
  if (type === Array || type === Object) {
    try {
      return JSON.parse(value!) as unknown;
    } catch {
      return null;
    }
  }
  return value;
}

/**
 * Base class of every gov-portal-kit element: a reactive element drawn with
 * lit-html, which re-renders when the locale changes, declares the language
 * of what it shows, and defines itself safely.
 *
 * The reactive part keeps LitElement's contract for what the elements use
 * (ADR 0017): `static properties` with `attribute`, `type`, `converter` and
 * `state`; a property set before the element upgrades; batched updates in a
 * microtask with `willUpdate`, `update`, `render`, `firstUpdated`, `updated`
 * and `updateComplete`, which `waitFor` makes wait for the element's own work
 * too; reactive controllers. It leaves out what none of
 * them uses (reflected attributes, `hasChanged`, decorators, `css` results), so
 * that a page view does not carry ReactiveElement and LitElement.
 *
 * Language of parts (WCAG 3.1.2): the visitor's language choice translates
 * the kit's own strings only. An element declares `uiLang` on what shows its
 * strings, and `contentLang` on the host's text it shows (department names,
 * navigation labels, the site name, footer data), which keeps the language
 * the page was published in. `<html lang>` is never changed.
 */
export class GovElement extends HTMLElement implements ReactiveControllerHost {
  /**
   * The element's reactive properties, as LitElement declares them. Unlike
   * LitElement, a subclass that declares its own does not inherit its
   * superclass's: it spreads them, `{ ...GovFooter.properties, … }` (ADR 0017).
   */
  static properties: PropertyDeclarations = {};

  /** Attribute name → property, worked out once per class when it is defined. */
  private static attributeProperties: Map<string, string> | undefined;

  static get observedAttributes(): string[] {
    if (!Object.hasOwn(this, 'attributeProperties')) {
      this.attributeProperties = new Map();
      for (const [name, options] of Object.entries(this.properties)) {
        if (options.attribute !== false && !options.state) this.attributeProperties.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
        Object.defineProperty(this.prototype, name, {
          get(this: GovElement) {
            return this.#values.get(name);
          },
          set(this: GovElement, value: unknown) {
            const old = this.#values.get(name);
            if (Object.is(old, value)) return;
            this.#values.set(name, value);
            this.requestUpdate(name, old);
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    return [...this.attributeProperties!.keys()];
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

  /** The CSS its shadow root adopts, for an element that has one. */
  static styles = '';

  /** The prefix of the ids it renders, unique in the document (they share its id space): the tag and a count, `gov-header-1`. */
  protected readonly uid = `${this.localName}-${(made[this.localName] = (made[this.localName] ?? 0) + 1)}`;

  /** Where it renders: itself, or its shadow root. */
  renderRoot!: HTMLElement | DocumentFragment;

  /** Passed to lit-html's `render`; an element may set `renderBefore`. */
  protected readonly renderOptions: RenderOptions = { host: this };

  /** Whether it has rendered once. */
  hasUpdated = false;

  /** Whether an update is scheduled and not yet done. */
  isUpdatePending = false;

  readonly #values = new Map<string, unknown>();
  /** Properties changed since the last update, with their previous values. */
  #changed: PropertyValues = new Map();
  /** Properties a page set on the element before it was defined, applied at its first update. */
  readonly #early = new Map<string, unknown>();
  readonly #controllers = new Set<ReactiveController>();
  #childPart: RootPart | undefined;
  #updated$: Promise<boolean>;
  /** Work `updateComplete` waits for besides the render: the latest given to waitFor. */
  #work: Promise<unknown> | undefined;
  #connected!: (connected: boolean) => void;

  constructor() {
    super();
    // Updates wait until the element is first connected.
    this.#updated$ = new Promise((resolve) => (this.#connected = resolve));
    for (const name of Object.keys((this.constructor as typeof GovElement).properties)) {
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, this[name as keyof this]);
        Reflect.deleteProperty(this, name);
      }
    }
    this.requestUpdate();
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

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.renderRoot !== undefined && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    this.renderRoot ??= this.createRenderRoot();
    this.#connected(true);
    for (const controller of this.#controllers) controller.hostConnected?.();
    this.#childPart?.setConnected(true);
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
    this.#childPart?.setConnected(false);
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const constructor = this.constructor as typeof GovElement;
    const name = constructor.attributeProperties!.get(attribute)!;
    (this as Record<string, unknown>)[name] = fromAttribute(value, constructor.properties[name]!);
  }

  /** Schedules an update; `name` and `oldValue` record a change made without the property's setter. */
  requestUpdate(name?: string, oldValue?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    if (!this.isUpdatePending) this.#updated$ = this.#scheduleUpdate();
  }

  /**
   * Resolves once the pending update is done, and the work given to waitFor with the updates it brought:
   * true when no other update was requested meanwhile.
   */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected async getUpdateComplete(): Promise<boolean> {
    for (let work; ; ) {
      const done = await this.rendered;
      if (work === this.#work) return done;
      await (work = this.#work);
    }
  }

  /** Resolves once the pending render is done, without waiting for the work given to waitFor. */
  protected get rendered(): Promise<boolean> {
    return this.#updated$;
  }

  /** Makes `updateComplete` wait for `work` too (code the element loads, a layout it measures), in place of earlier work. */
  protected waitFor(work: Promise<unknown>): void {
    this.#work = work;
  }

  async #scheduleUpdate(): Promise<boolean> {
    this.isUpdatePending = true;
    try {
      await this.#updated$;
    } catch (error) {
      // The previous update failed: its error is reported again, as LitElement does, since whatever awaited the
      // failed update (this one included) has handled it; this update goes ahead.
      void Promise.reject(error);
    }
    this.#performUpdate();
    return !this.isUpdatePending;
  }

  #performUpdate(): void {
    if (!this.isUpdatePending) return;
    if (!this.hasUpdated) {
      this.renderRoot ??= this.createRenderRoot();
      for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
      this.#early.clear();
    }
    const changed = this.#changed;
    try {
      this.willUpdate?.(changed);
      for (const controller of this.#controllers) controller.hostUpdate?.();
      this.update();
    } catch (error) {
      this.#changed = new Map();
      this.isUpdatePending = false;
      throw error;
    }
    for (const controller of this.#controllers) controller.hostUpdated?.();
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated?.(changed);
    }
    this.updated?.(changed);
  }

  /** Before rendering: work out what the render reads from the changed properties. */
  protected willUpdate?(changed: PropertyValues): void;

  /** Renders; property changes made from here on schedule the next update. */
  protected update(): void {
    const value = this.render();
    this.#changed = new Map();
    this.isUpdatePending = false;
    this.#childPart = render(value, this.renderRoot, this.renderOptions);
  }

  protected render(): unknown {
    return noChange;
  }

  /** After the first render. */
  protected firstUpdated?(changed: PropertyValues): void;

  /** After every render. */
  protected updated?(changed: PropertyValues): void;

  protected createRenderRoot(): HTMLElement | DocumentFragment {
    const constructor = this.constructor as typeof GovElement;
    if (!constructor.shadow) return this;
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(constructor.styles);
    root.adoptedStyleSheets = [sheet];
    return root;
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
}

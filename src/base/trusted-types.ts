/**
 * The kit's one Trusted Types policy, "gov-portal-kit". Pages that enforce
 * `require-trusted-types-for 'script'` list it (with Lit's "lit-html") in
 * their `trusted-types` directive. It accepts only two things: JSON for
 * JSON-LD data blocks, which browsers never execute, and the https script
 * addresses of the opt-in government badges.
 */
import { shared } from './shared.js';

interface KitPolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string; createScriptURL(input: string): string }): KitPolicy;
}

/** Hosts of the opt-in badge scripts: the 党政机关 mark (conac) and 我为政府网站找错 (gov.cn). */
export const badgeScriptHosts: readonly string[] = ['dcs.conac.cn', 'zfwzgl.www.gov.cn'];

function policy(): KitPolicy | null {
  // Shared by every copy of the kit on the page: a policy name may be created only once.
  return shared('trusted-types-policy', () =>
    (globalThis as typeof globalThis & { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('gov-portal-kit', {
      createScript(input) {
        JSON.parse(input);
        return input;
      },
      createScriptURL(input) {
        const url = new URL(input);
        if (url.protocol !== 'https:' || !badgeScriptHosts.includes(url.host)) {
          throw new TypeError(`gov-portal-kit: ${input} is not an allowed badge script`);
        }
        return input;
      },
    }) ?? null,
  );
}

/** Sets the JSON text of a `<script type="application/ld+json">` data block, through the policy where Trusted Types exist. */
export function setJsonLd(script: HTMLScriptElement, data: unknown): void {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const trusted = policy();
  // A TrustedScript where Trusted Types are enforced; DOM typings do not know the type yet.
  script.text = (trusted ? trusted.createScript(json) : json) as string;
}

/** Sets the address of an opt-in badge script, through the policy where Trusted Types exist. */
export function setBadgeScriptSrc(script: HTMLScriptElement, url: string): void {
  const trusted = policy();
  // A TrustedScriptURL where Trusted Types are enforced; DOM typings do not know the type yet.
  script.src = (trusted ? trusted.createScriptURL(url) : url) as string;
}

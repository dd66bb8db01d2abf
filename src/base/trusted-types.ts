/**
 * The kit's one Trusted Types policy, "gov-portal-kit". Pages that enforce
 * `require-trusted-types-for 'script'` list it (with Lit's "lit-html") in
 * their `trusted-types` directive. It exists only to fill JSON-LD data
 * blocks, which browsers never execute; it accepts nothing but JSON.
 */
interface TrustedScriptPolicy {
  createScript(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): TrustedScriptPolicy;
}

const policyKey = Symbol.for('gov-portal-kit.trusted-types-policy');
const registry = globalThis as typeof globalThis & { trustedTypes?: TrustedTypesFactory; [policyKey]?: TrustedScriptPolicy | null };

function policy(): TrustedScriptPolicy | null {
  if (registry[policyKey] !== undefined) return registry[policyKey];
  // Shared by every copy of the kit on the page: a policy name may be created only once.
  registry[policyKey] =
    registry.trustedTypes?.createPolicy('gov-portal-kit', {
      createScript: (input) => {
        JSON.parse(input);
        return input;
      },
    }) ?? null;
  return registry[policyKey];
}

/** Sets the JSON text of a `<script type="application/ld+json">` data block, through the policy where Trusted Types exist. */
export function setJsonLd(script: HTMLScriptElement, data: unknown): void {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const trusted = policy();
  // The policy returns a TrustedScript, which DOM typings do not know yet.
  script.text = (trusted ? trusted.createScript(json) : json) as string;
}

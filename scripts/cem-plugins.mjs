// Plugins of @custom-elements-manifest/analyzer for the kit's conventions
// (see custom-elements-manifest.config.mjs). They run in the package link
// phase, after the analyzer's own plugins, in the order they are listed.
import { posix } from 'node:path';

/**
 * Tag names from `GovX.define('gov-x')` calls. The kit defines its elements
 * through GovElement.define, which skips names already taken, so the
 * analyzer's own `customElements.define` detection never sees them. Each
 * call becomes the class's tagName and a custom-element-definition export of
 * the module that makes the call (src/elements/<tag>.ts, src/article.ts, loader.ts).
 */
export function govDefineCalls() {
  const calls = [];
  return {
    name: 'gov-portal-kit: GovElement.define calls',
    // `cem analyze --watch` runs the same plugin again on every change.
    initialize() {
      calls.length = 0;
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: owner, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(owner) || !tag || !ts.isStringLiteral(tag) || !tag.text.startsWith('gov-')) return;
      calls.push({ tag: tag.text, className: owner.text, caller: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const { tag, className, caller } of calls) {
        const home = modules.find((mod) => mod.declarations?.some((d) => d.kind === 'class' && d.name === className));
        // A define call whose class lies outside the globs would leave an element undocumented: fail the build instead.
        if (!home) throw new Error(`${caller}: ${className}.define('${tag}') names a class the analyzer did not see`);
        const element = home.declarations.find((d) => d.kind === 'class' && d.name === className);
        element.tagName = tag;
        element.customElement = true;
        const definer = modules.find((mod) => mod.path === caller);
        definer.exports = [...(definer.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } }];
      }
    },
  };
}

/** Lifecycle callbacks every custom element has; listing them documents nothing about this kit. */
const lifecycleCallbacks = new Set(['connectedCallback', 'disconnectedCallback', 'attributeChangedCallback', 'adoptedCallback']);

/**
 * Keeps the public API of each class: private and protected members are
 * implementation details (reactive state, event handlers, controllers) that a
 * page author can neither set nor call.
 */
export function publicMembersOnly() {
  return {
    name: 'gov-portal-kit: public members only',
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const declaration of modules.flatMap((mod) => mod.declarations ?? [])) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !lifecycleCallbacks.has(member.name),
        );
      }
    },
  };
}

/**
 * An event dispatched as a class instance (`new GovRevealEvent()`) reaches
 * the manifest without a name; the element's `@fires` entry, which names the
 * event and its class, stands for it.
 */
export function namedEventsOnly() {
  return {
    name: 'gov-portal-kit: named events only',
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const declaration of modules.flatMap((mod) => mod.declarations ?? [])) {
        if (!declaration.events) continue;
        const documented = declaration.events.filter((event) => event.name).map((event) => event.description ?? '');
        declaration.events = declaration.events.filter(
          (event) => event.name || !documented.some((description) => description.includes(`\`${event.type?.text}\``)),
        );
      }
    },
  };
}

/**
 * Module paths as the npm package ships them. The manifest is read from the
 * installed package, which holds no src/: the library build mirrors src/ into
 * dist/lib/ module for module (preserveModules), so `src/x/y.ts` and the
 * analyzer's `/src/x/y.js` references both become `dist/lib/x/y.js`. The
 * analyzer leaves re-exports (`export … from './y.js'`) as written, so those
 * are resolved against their module first.
 */
export function packagePaths(root = 'dist/lib') {
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, `${root}/$1.js`);
  const rewriteReferences = (value, resolve) => {
    if (Array.isArray(value)) value.forEach((inner) => rewriteReferences(inner, resolve));
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'module' && typeof inner === 'string') value.module = resolve(inner);
        else rewriteReferences(inner, resolve);
      }
    }
  };
  return {
    name: 'gov-portal-kit: package paths',
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const mod of modules) {
        const dir = posix.dirname(mod.path);
        rewriteReferences(mod, (specifier) => shipped(specifier.startsWith('.') ? posix.join(dir, specifier) : specifier));
        mod.path = shipped(mod.path);
      }
    },
  };
}

/**
 * Reactive state is no attribute. The analyzer reads the elements' `static
 * properties` but makes an attribute of every entry without `attribute: false`,
 * `state: true` ones too, where Lit gives states none: this drops those.
 */
export function statesAreNotAttributes() {
  const states = [];
  return {
    name: 'gov-portal-kit: states are not attributes',
    initialize() {
      states.length = 0;
    },
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (member.name?.getText() !== 'properties' || !member.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword)) continue;
        const object = ts.isGetAccessor(member) ? member.body?.statements.find(ts.isReturnStatement)?.expression : member.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const entry of object.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          const state = entry.initializer.properties.some(
            (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) states.push({ path: moduleDoc.path, className: node.name.text, field: entry.name.getText() });
        }
      }
    },
    packageLinkPhase({ customElementsManifest: { modules } }) {
      for (const { path, className, field } of states) {
        const declaration = modules.find((mod) => mod.path === path)?.declarations?.find((d) => d.kind === 'class' && d.name === className);
        if (!declaration?.attributes) continue;
        declaration.attributes = declaration.attributes.filter((attribute) => attribute.fieldName !== field);
        if (!declaration.attributes.length) delete declaration.attributes;
      }
    },
  };
}

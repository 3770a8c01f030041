/**
 * Generates custom-elements.json from the component sources (`npm run analyze`; `npm run build`
 * runs it too). Only custom-elements.json is kept in the repository; the editor files made from it
 * are written to dist/ and published with the package:
 * - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code custom data;
 * - dist/types/jsx.d.ts: the tags for JSX (React 19, Preact, Solid …), with typed `on<event>` handlers;
 * - dist/types/vue.d.ts: the tags for Vue templates, with typed `@event` handlers;
 * - dist/react.js and dist/react.d.ts: the React wrappers, `schedule-elements/react` (scripts/react-wrappers.mjs).
 * The manifest lists modules in path order, and events only from `@fires` tags: the analyzer also guesses an event from every
 * `dispatchEvent(new XEvent(arg))` and names it after the argument, which would document
 * events that do not exist ("session", "person").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { reactWrappersPlugin } from './scripts/react-wrappers.mjs';

/**
 * Values written out where the manifest would name them: a property typed by an alias of string
 * literals (`AgendaTimelineLayout`, or `(typeof AVATAR_SIZES)[number]` of an `as const` list) gets
 * the literals (`'grid' | 'list' | 'auto'`), which VS Code offers as the attribute's values and the
 * docs show; a default that is a constant (`DEFAULT_MAX`) gets its value. Aliases and constants are
 * gathered from every module first, so an alias may use one from another module.
 */
const literalNames = () => {
  const aliases = new Map();
  const lists = new Map();
  const constants = new Map();
  /** The literals a type node stands for, or undefined when it is anything else. */
  const literals = (ts, type, seen = new Set()) => {
    if (ts.isParenthesizedTypeNode(type)) return literals(ts, type.type, seen);
    if (ts.isUnionTypeNode(type)) {
      const parts = type.types.map((part) => literals(ts, part, seen));
      return parts.every(Boolean) ? parts.flat() : undefined;
    }
    if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [`'${type.literal.text}'`];
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && !seen.has(type.typeName.text)) {
      const alias = aliases.get(type.typeName.text);
      return alias && literals(ts, alias, new Set(seen).add(type.typeName.text));
    }
    if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      const list = ts.isParenthesizedTypeNode(type.objectType) ? type.objectType.type : type.objectType;
      if (ts.isTypeQueryNode(list) && ts.isIdentifier(list.exprName)) return lists.get(list.exprName.text)?.map((value) => `'${value}'`);
    }
    return undefined;
  };
  let typescript;
  return {
    name: 'literal-names',
    analyzePhase({ ts, node }) {
      typescript = ts;
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type);
      if (!ts.isVariableStatement(node) || !(node.declarationList.flags & ts.NodeFlags.Const)) return;
      for (const { name, initializer } of node.declarationList.declarations) {
        const value = initializer && ts.isAsExpression(initializer) ? initializer.expression : initializer;
        if (!ts.isIdentifier(name) || !value) continue;
        if (ts.isArrayLiteralExpression(value) && value.elements.every((element) => ts.isStringLiteral(element))) {
          lists.set(name.text, value.elements.map((element) => element.text));
        } else if (ts.isNumericLiteral(value) || ts.isStringLiteral(value)) constants.set(name.text, value.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const ts = typescript;
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const named = /^([A-Za-z_]\w*)( \| undefined)?$/.exec(item.type?.text ?? '');
            const alias = named && aliases.get(named[1]);
            const values = alias && literals(ts, alias, new Set([named[1]]));
            if (values) item.type.text = values.join(' | ') + (named[2] ?? '');
            if (item.default !== undefined && constants.has(item.default)) item.default = constants.get(item.default);
          }
        }
      }
    },
  };
};

const stableManifest = () => ({
  name: 'stable-manifest',
  packageLinkPhase({ customElementsManifest }) {
    // Modules in path order: the glob lists files in the file system's order, which differs
    // between checkouts, and CI compares the committed manifest with a fresh one.
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
      }
    }
  },
});

/**
 * The JSX and Vue generators import each event class once per tag that fires it, in one
 * `import type { … }` list, which TypeScript rejects as duplicate identifiers; keep each name once.
 * Runs after them (they write their files in the same phase).
 */
const uniqueTypeImports = (files) => ({
  name: 'unique-type-imports',
  packageLinkPhase() {
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\}/g, (_, names) => {
        const unique = [...new Set(names.split(',').map((name) => name.trim()).filter(Boolean))];
        return `import type { ${unique.join(', ')} }`;
      });
      writeFileSync(file, text);
    }
  },
});

/**
 * Event handlers typed by the event's own class: the generators type each as taking
 * `CustomEvent<SessionSelectEvent>`, but our events extend `Event` (they are not `CustomEvent`s),
 * so a handler reading `event.session` did not type-check. In the JSX file the key stays
 * `"onsession-select"`, the prop by which React 19 listens to `session-select`. Vue passes a
 * template's `@session-select="…"` to a component as the prop `onSessionSelect`
 * (`toHandlerKey(camelize(name))`), and vue-tsc checks the handler against that prop; the Vue
 * generator declares `"onsession-select"`, so no handler was checked: with `vueKeys` each is
 * declared under Vue's key. Runs after the generator of `file`.
 */
const eventHandlers = (file, { vueKeys = false } = {}) => ({
  name: `event-handlers ${file}`,
  packageLinkPhase() {
    const text = readFileSync(file, 'utf8').replace(/"on([a-z][a-z0-9-]*)"\?: \(e: CustomEvent<(\w+)>\) => void;/g, (_, name, type) => {
      const key = vueKeys ? `on${name.replace(/(?:^|-)(\w)/g, (__, c) => c.toUpperCase())}` : `"on${name}"`;
      return `${key}?: (e: ${type === 'never' ? 'Event' : type}) => void;`;
    });
    const left = /\(e: CustomEvent</.exec(text);
    if (left) throw new Error(`${file}: an event handler the event-handlers plugin does not rewrite: ${left[0]}`);
    writeFileSync(file, text);
  },
});

/**
 * The components declare their reactive properties in `static get properties()` (see ScheduleElement).
 * The analyzer documents each entry there as a public field with an attribute, even the internal
 * state (`{ state: true }`) of private fields it left out as `@internal`; those are taken out again.
 * Runs after the analyzer's own Lit plugin, on the same class.
 */
const litInternalState = () => ({
  name: 'lit-internal-state',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node)) return;
    const declaration = moduleDoc.declarations?.find((item) => item.name === node.name?.getText());
    const getter = node.members.find((member) => ts.isGetAccessor(member) && member.name.getText() === 'properties');
    const object = getter?.body?.statements.find((statement) => ts.isReturnStatement(statement))?.expression;
    if (!declaration || !object || !ts.isObjectLiteralExpression(object)) return;
    for (const entry of object.properties) {
      const options = ts.isPropertyAssignment(entry) ? entry.initializer : undefined;
      const isState =
        options &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword);
      if (!isState) continue;
      const name = entry.name.getText();
      declaration.members = declaration.members?.filter((member) => member.name !== name);
      declaration.attributes = declaration.attributes?.filter((attribute) => attribute.fieldName !== name);
    }
  },
});

/** The element classes, from dist/types/ to the package's root entry, which exports them all. */
const globalTypePath = '../index.js';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.define.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    litInternalState(),
    literalNames(),
    stableManifest(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJsxPlugin({ outdir: 'dist/types', fileName: 'jsx.d.ts', globalTypePath, hideLogs: true }),
    customElementVuejsPlugin({ outdir: 'dist/types', fileName: 'vue.d.ts', globalTypePath, hideLogs: true }),
    uniqueTypeImports(['dist/types/jsx.d.ts', 'dist/types/vue.d.ts']),
    eventHandlers('dist/types/jsx.d.ts'),
    eventHandlers('dist/types/vue.d.ts', { vueKeys: true }),
    reactWrappersPlugin({ outdir: 'dist' }),
  ],
};

/**
 * A custom-elements-manifest plugin that writes the React wrappers, `schedule-elements/react`, from
 * the manifest: dist/react.js and dist/react.d.ts. Each tag that has a define file of its own gets
 * one `@lit/react` component, named after its class without "Element" (`SessionCardElement` →
 * `SessionCard`), whose properties are the element's and whose `on…` props are the events the
 * manifest documents (`session-select` → `onSessionSelect`, typed `SessionSelectEvent`). Importing
 * the module registers the tags it wraps. Its types also add every tag to React 19's `React.JSX`
 * (the types of dist/types/jsx.d.ts), so plain `<session-card>` in JSX type-checks without a patch.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

/** `session-select` → `onSessionSelect`. */
const propOf = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;

/** The first sentence of a JSDoc description, on one line. */
const firstSentence = (text) => text.replace(/\s+/g, ' ').trim().split(/(?<=\.) /)[0];

/** The wrapped tags: each custom element with a define file, with its class, React name and events. */
function wrappedTags(manifest) {
  const tags = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const { tagName, name } = declaration;
      if (!tagName || !existsSync(`src/components/${tagName}/${tagName}.define.ts`)) continue;
      const events = (declaration.events ?? []).map((event) => ({ prop: propOf(event.name), name: event.name, type: event.type?.text ?? 'Event' }));
      tags.push({ tagName, className: name, reactName: name.replace(/Element$/, ''), events, summary: firstSentence(declaration.summary ?? declaration.description ?? '') });
    }
  }
  return tags.sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
}

const HEADER = '// Written by scripts/react-wrappers.mjs from custom-elements.json when the package is built.\n';

function javascript(tags) {
  const lines = [HEADER, "import * as React from 'react';", "import { createComponent } from '@lit/react';"];
  for (const tag of tags) lines.push(`import './components/${tag.tagName}/${tag.tagName}.define.js';`);
  lines.push(`import { ${tags.map((tag) => tag.className).join(', ')} } from './index.js';`, '');
  for (const tag of tags) {
    const events = tag.events.map((event) => `${event.prop}: '${event.name}'`).join(', ');
    lines.push(
      `export const ${tag.reactName} = createComponent({ react: React, tagName: '${tag.tagName}', elementClass: ${tag.className}, events: { ${events} }, displayName: '${tag.reactName}' });`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function declarations(tags) {
  const types = new Set(tags.flatMap((tag) => [tag.className, ...tag.events.map((event) => event.type)]));
  types.delete('Event');
  const lines = [
    HEADER,
    "import type { EventName, ReactWebComponent } from '@lit/react';",
    `import type { ${[...types].sort().join(', ')} } from './index.js';`,
    "import type { CustomElements } from './types/jsx.js';",
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    /** The tags themselves in JSX (React 19 sets a prop that is a property of the element as that property). */',
    '    interface IntrinsicElements extends CustomElements {}',
    '  }',
    '}',
    '',
  ];
  for (const tag of tags) {
    const events = tag.events.map((event) => `${event.prop}: EventName<${event.type}>`).join('; ');
    lines.push(`/** \`<${tag.tagName}>\` as a React component${tag.summary ? `: ${tag.summary}` : '.'} */`);
    lines.push(`export declare const ${tag.reactName}: ReactWebComponent<${tag.className}, { ${events} }>;`);
  }
  return `${lines.join('\n')}\n`;
}

/** The plugin: runs once the manifest is complete. */
export function reactWrappersPlugin({ outdir = 'dist' } = {}) {
  return {
    name: 'react-wrappers',
    packageLinkPhase({ customElementsManifest }) {
      const tags = wrappedTags(customElementsManifest);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(`${outdir}/react.js`, javascript(tags));
      writeFileSync(`${outdir}/react.d.ts`, declarations(tags));
    },
  };
}

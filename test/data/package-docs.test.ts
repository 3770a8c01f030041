/**
 * README.md and docs/*.md as a developer who installed the package reads them: next to the code in
 * node_modules/schedule-elements, where every page they link to must be, and every import, tag,
 * attribute, custom property and part their snippets name must be what the package has.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeFeed } from '../../src/data/normalize.js';
import { CATALOGS } from '../catalogs.js';
import type { Manifest } from '../manifest.js';


const pages = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, string | Record<string, string>> };
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const tags = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])));

/** The code blocks of a page. */
const blocks = (text: string) => [...text.matchAll(/^\s*```(\w*)\n([\s\S]*?)^\s*```/gm)].map(([, lang, code]) => ({ lang: lang!, code: code! }));

describe('the docs as the package ships them', () => {
  it('ship every page README.md and the docs link to: a link to docs/feed-format.md led nowhere in node_modules', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as [{ files: { path: string }[] }];
    const files = new Set(packed[0].files.map((file) => file.path));
    const shipped = pages.filter((page) => files.has(page.path));
    assert.ok(shipped.some((page) => page.path === 'README.md'), 'README.md is not in the tarball');
    const missing = shipped.flatMap(({ path, text }) =>
      [...text.matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)]
        .map(([, target]) => target!)
        .filter((target) => !/^[a-z]+:/.test(target))
        .map((target) => normalize(join(dirname(path), target)))
        .filter((target) => !files.has(target))
        .map((target) => `${path} → ${target}`),
    );
    assert.deepEqual(missing, []);
  });

  it('import only entries the package exports, and names those entries export', async () => {
    const problems: string[] = [];
    for (const { path, text } of pages) {
      for (const { code } of blocks(text).filter(({ lang }) => /^(js|ts|tsx|vue|svelte)$/.test(lang))) {
        for (const [, names, specifier] of code.matchAll(/import\s+(?:type\s+)?(?:\{([^}]*)\}|\w+)\s+from\s+'(schedule-elements[^']*)'/g)) {
          const target = pkg.exports[`.${specifier!.slice('schedule-elements'.length)}`];
          if (!target) {
            problems.push(`${path}: ${specifier} is not exported`);
            continue;
          }
          // The sources of a code entry (dist/x.js is built from src/x.ts); generated entries (React) have none.
          const built = typeof target === 'string' ? target : target.default;
          const source = built?.endsWith('.js') && built.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts');
          if (!names || !source || !existsSync(source)) continue;
          const module = (await import(`../../${source}`)) as Record<string, unknown>;
          const exported = new Set(Object.keys(module));
          const text = readFileSync(source, 'utf8');
          for (const name of names.split(',').map((each) => each.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!).filter(Boolean)) {
            // A type is no value at run time: it is in one of the entry's export statements.
            if (!exported.has(name) && !new RegExp(`^export\\b[^;]*\\b${name}\\b`, 'm').test(text)) {
              problems.push(`${path}: ${specifier} has no export ${name}`);
            }
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('write the tags of their HTML with attributes the tags have, and values those attributes take', () => {
    const problems: string[] = [];
    for (const { path, text } of pages) {
      for (const { code } of blocks(text).filter(({ lang }) => /^(html|vue|svelte|tsx)$/.test(lang))) {
        for (const [, tag, attributes] of code.matchAll(/<([a-z]+-[a-z-]+)(\s[^>]*)?>/g)) {
          const declaration = tags.get(tag!);
          if (!declaration) {
            problems.push(`${path}: <${tag}> is not a tag of the package`);
            continue;
          }
          // Names outside quoted values and {…} expressions; Vue's `:x.prop` and `@event`, Svelte's and React's `onevent` are bindings, not attributes.
          const names = [...(attributes ?? '').replace(/"[^"]*"|\{[^}]*\}/g, '').matchAll(/([:@]?[\w.-]+)/g)].map(([name]) => name!);
          for (const name of names) {
            if (name.startsWith('@') || /^on[a-z]+-/.test(name)) continue;
            const bare = name.replace(/^:/, '').replace(/\.prop$/, '');
            const known = declaration.attributes?.some((each) => each.name === bare) || declaration.members?.some((each) => each.name === bare);
            if (!known && !['id', 'class', 'style', 'lang', 'dir', 'hidden', 'slot'].includes(bare)) problems.push(`${path}: <${tag}> has no attribute ${name}`);
          }
          // A value of an attribute whose type lists its values ('grid' | 'list' | 'auto') is one of them.
          for (const [, name, value] of (attributes ?? '').matchAll(/(?:^|\s)([\w-]+)="([^"]*)"/g)) {
            const type = declaration.attributes?.find((each) => each.name === name)?.type?.text ?? '';
            const values = /^'[^']*'( \| '[^']*')*( \| undefined)?$/.test(type) ? [...type.matchAll(/'([^']*)'/g)].map(([, each]) => each) : undefined;
            if (values && !values.includes(value!)) problems.push(`${path}: <${tag} ${name}="${value}">: not one of ${values.join(', ')}`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('give feeds that read without a problem: the multilingual example had no end, two warnings in the console of whoever tried it', () => {
    const feeds = pages.flatMap(({ path, text }) => blocks(text).filter(({ lang }) => lang === 'json').map(({ code }) => ({ path, feed: JSON.parse(code) as unknown })));
    assert.ok(feeds.length > 0, 'no feed example');
    assert.deepEqual(feeds.flatMap(({ path, feed }) => normalizeFeed(feed).diagnostics.map((each) => `${path}: ${each.path} ${each.message}`)), []);
  });

  it('list every catalog a site can give words for, each where its English is: the dialog\'s Close was missing, and clamped-text\'s file was not where they said', () => {
    const list = /^- \*\*Catalogs\.\*\*([\s\S]*?)^- /m.exec(pages.find((page) => page.path === 'docs/languages.md')!.text)?.[1] ?? '';
    const named = new Set([...list.matchAll(/`([\w-]+)`/g)].map(([, name]) => name!));
    const files = [...list.matchAll(/`(src\/[\w/<>.-]+\.messages\.ts)`/g)].map(([, path]) => path!);
    const problems = CATALOGS.flatMap(({ name }) => {
      const where = files.map((path) => path.replaceAll('<tag>', name).replace('<catalog>', name)).find(existsSync);
      return [...(named.has(name) ? [] : [`${name} is not listed`]), ...(where ? [] : [`the English of ${name} is in none of ${files.join(', ')}`])];
    });
    assert.deepEqual(problems, []);
  });

  it('name only custom properties and parts that some tag documents', () => {
    const declarations = [...tags.values()];
    const properties = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((each) => each.name)));
    const parts = new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((each) => each.name)));
    const problems = pages.flatMap(({ path, text }) => [
      ...[...text.matchAll(/--schedule-[\w-]*\w/g)].map(([name]) => name).filter((name) => !properties.has(name)).map((name) => `${path}: ${name}`),
      ...[...text.matchAll(/::part\(([\w-]+)\)/g)].map(([, name]) => name!).filter((name) => !parts.has(name)).map((name) => `${path}: ::part(${name})`),
    ]);
    assert.deepEqual(problems, []);
  });
});

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Manifest } from '../manifest.js';

/** The Storybook docs pages (stories/docs/*.mdx), each by file name. */
const pages = readdirSync('stories/docs')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, text: readFileSync(`stories/docs/${name}`, 'utf8') }));

/** A page's lines outside its code blocks. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    return !fenced;
  });
}

describe('the Storybook docs pages as a visitor reads them', () => {
  it('write their tables in HTML: Storybook reads MDX without GFM, so a Markdown table showed as one paragraph of "|" and "---"', () => {
    for (const { name, text } of pages) {
      const rows = prose(text).filter((line) => /^\s*\|.*\|\s*$/.test(line));
      assert.deepEqual(rows, [], `${name} has a Markdown table`);
    }
  });

  it('name every Trusted Types policy the bundle creates, as the strict CSP example allows them', () => {
    const policies = /trusted-types ([\w -]+)\n/.exec(readFileSync('examples/csp.html', 'utf8'))![1]!.trim().split(/\s+/);
    assert.deepEqual(policies, ['lit-html', 'schedule-elements']);
    const embedding = pages.find((page) => page.name === 'embedding.mdx')!.text;
    const allowed = /`trusted-types ([\w -]+)`/.exec(embedding)?.[1]?.split(/\s+/);
    assert.deepEqual(allowed, policies, 'the policies embedding.mdx tells a site owner to allow');
  });

  it('say a default for every custom property that is not a colour: the Theming page gave --schedule-font-size\'s as "from the colour scheme"', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
    const theming = pages.find((page) => page.name === 'theming.mdx')!.text;
    assert.match(theming, /property\.default \? .* : 'from the colour scheme'/, 'the Theming page shows a missing default as "from the colour scheme"');
    const problems = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap(({ tagName, cssProperties }) => (tagName ? cssProperties ?? [] : []).filter((each) => !each.default && !each.name.startsWith('--schedule-color-')).map((each) => `<${tagName}> ${each.name}`));
    assert.deepEqual(problems, []);
  });

  it('give the heading levels the tags start at: "default 3" hid that the timeline, my schedule and now-next start at 2', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
    const defaults = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap(({ tagName, attributes }) => {
      const level = attributes?.find((attribute) => attribute.name === 'heading-level');
      return tagName && level ? [{ tagName, level: Number(level.default) }] : [];
    });
    const text = pages.find((page) => page.name === 'accessibility.mdx')!.text;
    const problems = [...text.matchAll(/^- \*\*[^*]+\*\*.*`heading-level`[\s\S]*?(?=^- |^#|(?![\s\S]))/gm)].flatMap(([bullet]) => {
      const said = [...bullet.matchAll(/default (\d)/g)].map(([, level]) => Number(level));
      if (said.length === 0) return [];
      // The first default named holds for every tag the bullet does not name with another.
      return defaults.filter(({ tagName, level }) => level !== said[0] && !new RegExp(`\\b${tagName}\\b[^.;]*\\b${level}\\b|\\b${level}\\b[^.;]*\\b${tagName}\\b`).test(bullet)).map(({ tagName, level }) => `<${tagName}> starts at ${level}: ${bullet.trim()}`);
    });
    assert.deepEqual(problems, []);
  });
});

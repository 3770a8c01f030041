import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { normalizeFeed } from '../../src/data/index.js';
import { fixture, GOOD_FIXTURES } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/feed-v1.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** A copy of the minimal fixture with one change made by `edit`. */
function edited(edit: (feed: any) => void): unknown { // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form edits of test JSON
  const feed = fixture('minimal');
  edit(feed);
  return feed;
}

describe('schema/feed-v1.schema.json', () => {
  it('accepts every good fixture', () => {
    for (const name of GOOD_FIXTURES) assert.ok(validate(fixture(name)), `${name}: ${JSON.stringify(validate.errors)}`);
  });

  it('rejects the bad fixture', () => assert.equal(validate(fixture('bad-sessions')), false));

  const bad: [string, unknown][] = [
    ['version 2', edited((f) => (f.version = 2))],
    ['no event', edited((f) => delete f.event)],
    ['no time zone', edited((f) => delete f.event.timeZone)],
    ['a session without a title', edited((f) => delete f.sessions[0].title)],
    ['a blank session id', edited((f) => (f.sessions[0].id = ' '))],
    ['a title of only invisible characters', edited((f) => (f.sessions[0].title = '\u200b\u200e'))],
    ['a month 13 start', edited((f) => (f.sessions[0].start = '2014-13-02T11:00'))],
    ['a start without time', edited((f) => (f.sessions[0].start = '2014-09-02'))],
    ['a duration in months', edited((f) => (f.sessions[0].duration = 'P1M'))],
    ['an empty duration', edited((f) => (f.sessions[0].agenda[0].duration = 'PT'))],
    ['a javascript: link', edited((f) => (f.sessions[0].links[0].url = 'javascript:alert(1)'))],
    ['a data: avatar that is not an image', edited((f) => (f.people[1].avatar = 'data:text/html,x'))],
    ['a colour name', edited((f) => (f.tracks[0].color = 'green'))],
    ['a negative count', edited((f) => (f.sessions[0].attendees.count = -1))],
    ['an unknown link kind', edited((f) => (f.sessions[0].links[0].kind = 'podcast'))],
    ['an unknown text format', edited((f) => (f.sessions[0].descriptionFormat = 'pdf'))],
    ['allDay written as text', edited((f) => (f.sessions[0].allDay = 'yes'))],
    ['a language written as a locale id with an underscore', edited((f) => (f.sessions[0].languages = ['de_DE']))],
    ['doNotRecord as a number', edited((f) => (f.sessions[0].doNotRecord = 1))],
  ];
  for (const [what, feed] of bad) {
    it(`rejects ${what}, as the reader does`, () => {
      assert.equal(validate(feed), false);
      assert.ok(normalizeFeed(feed).diagnostics.length > 0);
    });
  }

  it('accepts what the reader accepts: relative and data:image URLs, local times, unknown keys', () => {
    const feed = edited((f) => {
      f.people[1].avatar = 'data:image/png;base64,AAAA';
      f.people[1].links[0].url = '/people/peter';
      f.sessions[0].start = '2014-09-02T08:00:00.000Z';
      f.sessions[0].end = '2014-09-02T12:30+0300';
      f.sessions[0].future = { anything: true };
    });
    assert.ok(validate(feed), JSON.stringify(validate.errors));
    assert.deepEqual(normalizeFeed(feed).diagnostics, []);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (typeof record.properties === 'object') {
        for (const [key, child] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (typeof child.description !== 'string' || child.description === '') missing.push(`${path}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(schema, '$');
    assert.deepEqual(missing, []);
  });
});

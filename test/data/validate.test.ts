import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl, validateFeed } from '../../src/data/index.js';
import { fixture, GOOD_FIXTURES } from './fixtures.js';

const paths = (input: unknown): string[] => validateFeed(input).diagnostics.map((d) => `${d.severity} ${d.path}`);
const withSession = (session: unknown): unknown => ({ version: 1, event: { name: 'x', timeZone: 'UTC' }, sessions: [session] });
const SESSION = { id: 's', title: 'S', start: '2014-09-02T10:00' };

describe('validateFeed: the top level', () => {
  it('accepts the good fixtures as they are', () => {
    for (const name of GOOD_FIXTURES) assert.deepEqual(validateFeed(fixture(name)).diagnostics, [], name);
  });

  it('gives one fatal diagnostic and no feed for an unusable top level', () => {
    const cases: [unknown, string][] = [
      ['{}', '$'],
      [[], '$'],
      [{ version: 2, event: 'nothing' }, '$.version'],
      [{ version: 1 }, '$.event'],
      [{ version: 1, event: { name: 3, timeZone: 'Atlantis' } }, '$.event.name'],
      [{ version: 1, event: { name: 'x', timeZone: 'Europe/Nowhere' } }, '$.event.timeZone'],
    ];
    for (const [input, path] of cases) {
      const result = validateFeed(input);
      assert.equal(result.feed, undefined);
      assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), [`fatal ${path}`], JSON.stringify(input));
    }
  });

  it('allows unknown keys anywhere and drops them', () => {
    const result = validateFeed({ $comment: 'x', version: 1, event: { name: 'x', timeZone: 'UTC', extra: 1 }, sessions: [{ ...SESSION, future: { a: 1 } }] });
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(result.feed?.sessions[0]?.value, SESSION);
  });

  it('drops an own "__proto__" key as any unknown key, also when another field is pruned (its fields never become the entry\'s)', () => {
    const feed = `{"version":1,"event":{"name":"x","timeZone":"UTC"},"sessions":[{"id":"s","title":"S","start":"2014-09-02T10:00","code":5,"__proto__":{"trackId":"ws","type":"Injected"}}]}`;
    const result = validateFeed(JSON.parse(feed));
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['warning $.sessions[0].code']);
    assert.deepEqual(result.feed?.sessions[0]?.value, SESSION);
  });

  it('keeps the event with a warning for a bad optional field', () => {
    const result = validateFeed({ version: 1, event: { name: 'x', timeZone: 'UTC', url: 'javascript:void(0)', start: '2014-02-30' } });
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['warning $.event.start', 'warning $.event.url']);
    assert.deepEqual(result.feed?.event, { name: 'x', timeZone: 'UTC' });
  });
});

describe('validateFeed: entries', () => {
  it('checks each entry on its own and keeps its index', () => {
    const result = validateFeed({ version: 1, event: { name: 'x', timeZone: 'UTC' }, sessions: [SESSION, { id: 1 }, { ...SESSION, id: 't' }] });
    assert.deepEqual(result.feed?.sessions.map((s) => [s.index, s.value.id]), [[0, 's'], [2, 't']]);
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['error $.sessions[1].id', 'error $.sessions[1].title', 'error $.sessions[1].start']);
    assert.equal(result.diagnostics[0]!.message, 'Session #1: id must be a string, not 1; it is skipped.');
  });

  it('names the feed\'s index of a list element whose problem shows only once an element before it is removed', () => {
    // agenda[1] is no object (removed first); then agenda[2]'s title map, emptied of its bad entry, is found empty.
    const result = validateFeed(withSession({ ...SESSION, agenda: [{ title: 'A', duration: 'PT5M' }, '', { title: { '': false }, duration: 'PT5M' }] }));
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), [
      'error $.sessions[0].agenda[1]',
      'warning $.sessions[0].agenda[2].title[""]',
      'error $.sessions[0].agenda[2].title',
    ]);
    assert.match(result.diagnostics[2]!.message, /agenda\[2\]\.title must not be an empty map, not \{\}; agenda\[2\] is ignored\./);
  });

  it('prunes bad optional values and bad list elements with a warning', () => {
    const result = validateFeed(withSession({
      ...SESSION,
      code: 196,
      tags: ['a', 2, 'b'],
      people: [{ id: 'p' }, { role: 'speaker' }, { id: 'q', role: '' }],
      descriptionFormat: 'pdf',
      attendees: { count: 1.5, capacity: 10, url: 'vbscript:x' },
      links: [{ kind: 'podcast', url: '/x' }],
    }));
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), [
      'warning $.sessions[0].code',
      'warning $.sessions[0].descriptionFormat',
      'warning $.sessions[0].people[1].id',
      'warning $.sessions[0].people[2].role',
      'warning $.sessions[0].attendees.count',
      'warning $.sessions[0].attendees.url',
      'warning $.sessions[0].links[0].kind',
      'warning $.sessions[0].tags[1]',
    ]);
    assert.deepEqual(result.feed?.sessions[0]?.value, {
      ...SESSION,
      tags: ['a', 'b'],
      people: [{ id: 'p' }, { id: 'q' }],
      attendees: { capacity: 10 },
      links: [{ url: '/x' }],
    });
    assert.equal(result.diagnostics[2]!.message, 'Session "s": people[1].id is missing; people[1] is ignored.');
  });

  it('says what is wrong with a list element or an object that is not an object', () => {
    const result = validateFeed(withSession({ ...SESSION, people: [[], { id: 'p' }], attendees: [3], links: ['https://example.org'] }));
    assert.deepEqual(result.diagnostics.map((d) => d.message), [
      'Session "s": people[0] must be an object, not []; it is ignored.',
      'Session "s": attendees must be an object, not [3]; it is ignored.',
      'Session "s": links[0] must be an object, not "https://example.org"; it is ignored.',
    ]);
    assert.deepEqual(result.feed?.sessions[0]?.value, { ...SESSION, people: [{ id: 'p' }], links: [] });
  });

  it('drops an agenda item with an error when its title or duration is missing', () => {
    const result = validateFeed(withSession({ ...SESSION, agenda: [{ title: 'a', duration: 'PT5M' }, { title: 'b' }] }));
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['error $.sessions[0].agenda[1].duration']);
    assert.deepEqual(result.feed?.sessions[0]?.value.agenda, [{ title: 'a', duration: 'PT5M' }]);
  });

  it('takes a title, name, id or role of only invisible characters (zero-width, bidi controls) for blank', () => {
    const invisible = '\u200b\u200e\u2066\u2069\u00ad';
    const result = validateFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      people: [{ id: 'p', name: invisible }],
      sessions: [{ ...SESSION, title: invisible }, { ...SESSION, id: 't', people: [{ id: invisible }, { id: 'p', role: invisible }] }],
    });
    assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['error $.people[0].name', 'error $.sessions[0].title', 'warning $.sessions[1].people[0].id', 'warning $.sessions[1].people[1].role']);
  });

  it('reports a list that is not an array', () => {
    assert.deepEqual(paths({ version: 1, event: { name: 'x', timeZone: 'UTC' }, people: {}, sessions: 'none' }), ['error $.people', 'error $.sessions']);
  });
});

describe('safeUrl', () => {
  const kept: [string, string][] = [
    ['https://example.org/a?b#c', 'https://example.org/a?b#c'],
    ['HTTP://EXAMPLE.ORG', 'HTTP://EXAMPLE.ORG'],
    ['/igf-2014.json', '/igf-2014.json'],
    ['speakers/peter.jpg', 'speakers/peter.jpg'],
    ['//cdn.example.org/x.png', '//cdn.example.org/x.png'],
    ['#ws196', '#ws196'],
    ['  https://example.org \n', 'https://example.org'],
    ['./a:b', './a:b'],
  ];
  for (const [input, output] of kept) it(`keeps ${JSON.stringify(input)}`, () => assert.equal(safeUrl(input), output));

  const dropped = ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:x', 'vbscript:x',
    'data:text/html,<b>', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'mailto:a@b.c', '', '  '];
  for (const input of dropped) it(`drops ${JSON.stringify(input)}`, () => assert.equal(safeUrl(input), undefined));

  it('accepts data:image/* for images only', () => {
    assert.equal(safeUrl('data:image/png;base64,AAAA', { image: true }), 'data:image/png;base64,AAAA');
    assert.equal(safeUrl('data:image/svg+xml,<svg/>', { image: true }), 'data:image/svg+xml,<svg/>');
    assert.equal(safeUrl('data:text/html,x', { image: true }), undefined);
    assert.equal(safeUrl('javascript:x', { image: true }), undefined);
  });
});

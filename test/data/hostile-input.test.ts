/**
 * Feeds written to stall the page: texts on which a regular expression, a parser or a rule
 * iterator once took seconds (or never ended). Each must finish in a blink; the limits are a
 * hundred times what they take now, and far below what they took (noted beside each).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchText } from '../../src/components/agenda-timeline/filter.js';
import { xmlRootName } from '../../src/data/adapters/detect.js';
import { fromICalendar } from '../../src/data/adapters/ical.js';
import { markupFormat } from '../../src/data/adapters/shared.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { safeUrl } from '../../src/data/url.js';
import { MAX_MARKDOWN_LENGTH, markdownToHtml } from '../../src/internal/markdown.js';
import { warnings } from '../console.helpers.js';

/** Runs `work` and fails when it takes longer than `limitMs`. */
function quick<T>(limitMs: number, work: () => T): T {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms`);
  return result;
}

const calendar = (rule: string): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20240101T000000Z', 'DTSTART:20240101T100000Z', 'DTEND:20240101T110000Z', 'SUMMARY:Never', `RRULE:${rule}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

describe('hostile feed texts finish at once', () => {
  it('a doctype of "[]" runs without ">" (was exponential: 73 bytes froze the tab for 126 s)', () => {
    assert.equal(quick(500, () => xmlRootName(`<!DOCTYPE${'[]'.repeat(40)}`)), undefined);
    assert.equal(xmlRootName('<?xml version="1.0"?><!DOCTYPE schedule [<!ENTITY a "b">]><schedule/>'), 'schedule');
  });

  it('an RRULE that never matches, or matches once a year by the second (was endless, and 6 s)', () => {
    for (const rule of ['FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYMONTHDAY=31;BYMONTH=4,6', 'FREQ=SECONDLY;UNTIL=20240201T000000Z;BYMONTH=2']) {
      const result = quick(2000, () => fromICalendar(calendar(rule)));
      assert.equal(result.feed?.sessions.length, 1, rule);
      assert.ok(result.diagnostics.some((d) => d.path.endsWith('RRULE') && d.message.startsWith('cannot be expanded')), rule);
    }
  });

  it('a URL with 100,000 spaces inside (was quadratic: 5 s)', () => {
    quick(500, () => safeUrl(`a${' '.repeat(100_000)}b`));
    assert.equal(safeUrl(' \u0000 /talks/1 \u0001 '), '/talks/1');
    assert.equal(safeUrl('\u0000 javascript:alert(1)'), undefined);
  });

  it('a description of 80,000 "<" in the search index, and a Sched text of 40,000 "<a" (were 2.9 s and 1.5 s)', () => {
    const { schedule } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'UTC' },
      sessions: [{ id: 'a', title: 'A', start: '2030-01-01T10:00Z', duration: 'PT1H', description: '<'.repeat(80_000), descriptionFormat: 'html' }],
    });
    quick(500, () => searchText(schedule.sessions[0]!));
    assert.equal(quick(500, () => markupFormat('<a'.repeat(40_000))), 'text');
    assert.equal(markupFormat('<p>Hi</p>'), 'html');
  });

  it('Markdown too long, or nested too deeply for marked, is shown as escaped plain text, and the console says so (was 3.7 s, and an uncaught RangeError)', async () => {
    const said = await warnings(async () => {
      const long = quick(500, () => markdownToHtml('_a'.repeat(40_000)));
      assert.ok(long.startsWith('<p>_a_a'));
      const deep = markdownToHtml(`${'> '.repeat(3000)}a <b>`);
      assert.ok(deep.startsWith('<p>&#62; &#62;') && deep.endsWith('a &#60;b&#62;</p>'), deep.slice(-40));
    });
    assert.equal(said.length, 2);
    assert.match(said[0]!, new RegExp(`a Markdown text of 80000 characters is shown as plain text \\(over ${MAX_MARKDOWN_LENGTH.toLocaleString('en-US')} characters\\)`));
    assert.match(said[1]!, /is shown as plain text \(it could not be read: RangeError/);
    assert.equal(markdownToHtml('**bold**').trim(), '<p><strong>bold</strong></p>');
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { normalizeFeed } from '../../src/data/normalize.js';
import { endDateTime, startDateTime, toDateTime } from '../../src/luxon.js';
import { fixture, fixtureText } from './fixtures.js';

describe('schedule-elements/luxon', () => {
  const { schedule } = normalizeFeed(fixtureText('minimal'));
  const ws196 = schedule.sessionsById.get('ws196')!;

  it("gives a session's start and end as DateTimes in the event zone", () => {
    const start = startDateTime(ws196);
    assert.ok(start.isValid);
    assert.equal(start.toMillis(), ws196.startMs);
    assert.equal(start.offset, 180);
    assert.equal(start.zoneName, 'Europe/Istanbul');
    assert.equal(endDateTime(ws196).toFormat('HH:mm'), '12:30');
    assert.equal(start.toISO({ suppressMilliseconds: true }), ws196.start);
  });

  it("gives an agenda item's too", () => {
    const item = ws196.agenda[1]!;
    assert.equal(startDateTime(item).toISO(), '2014-09-02T11:05:00.000+03:00');
    assert.equal(endDateTime(item).toISO(), '2014-09-02T11:10:00.000+03:00');
  });

  it('keeps the offset of each instant across a DST change (Berlin)', () => {
    const { schedule: berlin } = normalizeFeed(fixture('dst-berlin'));
    assert.equal(startDateTime(berlin.sessionsById.get('spring-gap')!).toISO(), '2024-03-31T03:30:00.000+02:00');
    assert.equal(startDateTime(berlin.sessionsById.get('fall-ambiguous')!).offset, 120);
    assert.equal(startDateTime(berlin.sessionsById.get('fall-second')!).offset, 60);
  });

  it('makes any instant a DateTime in any zone', () => {
    const dateTime = toDateTime(Date.parse('2014-09-02T08:00:00Z'), 'Asia/Tokyo');
    assert.equal(dateTime.toISO(), '2014-09-02T17:00:00.000+09:00');
    assert.equal(toDateTime(0, 'Mars/Olympus_Mons').isValid, false);
  });

  it('is the only module in src that imports luxon', () => {
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const importers = readdirSync(src, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.ts') && /(?:from|import\()\s*['"]luxon['"]/.test(readFileSync(join(src, file), 'utf8')));
    assert.deepEqual(importers, ['luxon.ts']);
  });
});

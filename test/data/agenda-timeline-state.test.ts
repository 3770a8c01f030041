import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FilterCache } from '../../src/components/agenda-timeline/filter-cache.js';
import { NO_FILTER } from '../../src/components/agenda-timeline/filter.js';
import { RovingFocus } from '../../src/components/agenda-timeline/roving-focus.js';
import { normalizeFeed } from '../../src/data/index.js';

/** The timeline's pure state: its filter results and day layouts, and where its keys move the tab stop. */
const { schedule } = normalizeFeed({
  version: 1,
  event: { name: 'x', timeZone: 'UTC' },
  rooms: [
    { id: 'a', name: 'Room A' },
    { id: 'b', name: 'Room B' },
  ],
  sessions: [
    { id: 'a1', title: 'Privacy first', start: '2030-01-01T09:00Z', duration: 'PT1H', roomId: 'a' },
    { id: 'b1', title: 'Privacy later', start: '2030-01-01T09:30Z', duration: 'PT1H', roomId: 'b' },
    { id: 'a2', title: 'Open data', start: '2030-01-01T11:00Z', duration: 'PT1H', roomId: 'a' },
    { id: 'c1', title: 'Privacy again', start: '2030-01-02T09:00Z', duration: 'PT1H', roomId: 'b' },
  ],
});
const none: ReadonlySet<string> = new Set();

describe('agenda-timeline filter cache', () => {
  it('gives every session, by day, without a filter', () => {
    const result = new FilterCache().result(schedule, NO_FILTER, none);
    assert.equal(result.count, 4);
    assert.equal(result.byDay, schedule.byDay);
  });

  it('keeps one result per filter and schedule, and narrows a longer query from the last result', () => {
    const cache = new FilterCache();
    const short = cache.result(schedule, { ...NO_FILTER, q: 'priv' }, none);
    assert.deepEqual(short.matches.map((s) => s.id), ['a1', 'b1', 'c1']);
    assert.deepEqual([...short.byDay.keys()], ['2030-01-01', '2030-01-02']);
    assert.equal(cache.result(schedule, { ...NO_FILTER, q: 'priv' }, none), short, 'the same filter again: the same result');
    const longer = cache.result(schedule, { ...NO_FILTER, q: 'privacy later' }, none);
    assert.deepEqual(longer.matches.map((s) => s.id), ['b1']);
    const other = cache.result(schedule, { ...NO_FILTER, q: 'open' }, none);
    assert.deepEqual(other.matches.map((s) => s.id), ['a2'], 'a query that does not extend the last one tests every session');
  });

  it('filters saved sessions by the saved set it is given', () => {
    const cache = new FilterCache();
    const saved = cache.result(schedule, { ...NO_FILTER, savedOnly: true }, new Set(['a2', 'c1']));
    assert.deepEqual(saved.matches.map((s) => s.id), ['a2', 'c1']);
  });

  it('lays out a day of the filtered sessions, once per day, zone and filter', () => {
    const cache = new FilterCache();
    const layout = cache.dayLayout(schedule, '2030-01-01', NO_FILTER, none, 'UTC', 20);
    assert.deepEqual(layout.items.map((item) => item.session.id), ['a1', 'b1', 'a2']);
    assert.equal(cache.dayLayout(schedule, '2030-01-01', NO_FILTER, none, 'UTC', 20), layout);
    const filtered = cache.dayLayout(schedule, '2030-01-01', { ...NO_FILTER, q: 'open' }, none, 'UTC', 20);
    assert.deepEqual(filtered.items.map((item) => item.session.id), ['a2']);
  });
});

describe('agenda-timeline roving focus', () => {
  const layout = new FilterCache().dayLayout(schedule, '2030-01-01', NO_FILTER, none, 'UTC', 20);

  it('moves by room and by time in the grid, mirrored right to left', () => {
    const focus = new RovingFocus();
    assert.equal(focus.target('ArrowRight', 'a1', { layout, grid: true, rtl: false })?.id, 'b1');
    assert.equal(focus.target('ArrowLeft', 'a1', { layout, grid: true, rtl: true })?.id, 'b1');
    assert.equal(focus.target('ArrowDown', 'a1', { layout, grid: true, rtl: false })?.id, 'a2');
    assert.equal(focus.target('End', 'a1', { layout, grid: true, rtl: false })?.id, 'a2');
  });

  it('moves to the next and previous session in the list; null at an end, undefined for another key', () => {
    const focus = new RovingFocus();
    assert.equal(focus.target('ArrowDown', 'a1', { layout, grid: false, rtl: false })?.id, 'b1');
    assert.equal(focus.target('ArrowUp', 'a1', { layout, grid: false, rtl: false }), null);
    assert.equal(focus.target('Enter', 'a1', { layout, grid: false, rtl: false }), undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textColorOn } from '../../src/internal/contrast.js';
import { compileFilter, facets, isFiltering, NO_FILTER } from '../../src/components/agenda-timeline/filter.js';
import { foldText } from '../../src/internal/fold-text.js';
import { hourTicks, layoutDay, neighbour } from '../../src/components/agenda-timeline/layout.js';
import { fragmentOf, readUrlState, targetFromHash, writeUrlState } from '../../src/components/agenda-timeline/url-state.js';
import { normalizeFeed } from '../../src/data/index.js';

const { schedule } = normalizeFeed({
  version: 1,
  event: { name: 'x', timeZone: 'Europe/Istanbul' },
  rooms: [
    { id: 'a', name: 'Room A' },
    { id: 'b', name: 'Room B' },
  ],
  tracks: [{ id: 't', name: 'Trust', color: '#ffeb3b' }],
  people: [{ id: 'd', name: 'Désirée Miloshevic' }],
  sessions: [
    { id: 'a1', title: 'Opening', start: '2014-09-02T09:15', end: '2014-09-02T10:00', roomId: 'a', trackId: 't', type: 'Talk' },
    { id: 'a2', title: 'Parallel one', start: '2014-09-02T09:30', end: '2014-09-02T10:30', roomId: 'a' },
    { id: 'b1', title: 'Privacy', start: '2014-09-02T09:00', end: '2014-09-02T10:30', roomId: 'b', people: [{ id: 'd' }], tags: ['Données'] },
    { id: 'break', title: 'Coffee', start: '2014-09-02T10:30', end: '2014-09-02T11:00' },
    { id: 'lunch', title: 'Lunch', start: '2014-09-02T12:00', end: '2014-09-02T13:00' },
    { id: 'b2', title: 'Short', start: '2014-09-02T12:30', end: '2014-09-02T12:35', roomId: 'b', type: 'Lightning' },
  ],
});
const day = schedule.byDay.get('2014-09-02')!;
const layout = layoutDay(day, schedule.rooms, { zone: 'Europe/Istanbul', minMinutes: 20 });
const item = (id: string) => layout.items.find((candidate) => candidate.session.id === id)!;

describe('agenda-timeline layout', () => {
  it('starts and ends on whole hours of the zone', () => {
    assert.equal(new Date(layout.startMs).toISOString(), '2014-09-02T06:00:00.000Z');
    assert.equal(layout.minutes, 4 * 60);
    assert.deepEqual(hourTicks(layout, 'Asia/Kolkata').map((ms) => new Date(ms).toISOString().slice(11, 16)), ['06:30', '07:30', '08:30', '09:30']);
  });

  it('gives each room a column, then Other for a roomless session that overlaps a room’s', () => {
    assert.deepEqual(layout.columns.map((column) => column.room?.name ?? 'Other'), ['Room A', 'Room B', 'Other']);
    assert.deepEqual([item('lunch').column, item('lunch').span], [2, 1]);
  });

  it('spans a break that overlaps no room across the rooms', () => {
    assert.deepEqual([item('break').column, item('break').span], [0, 2]);
    assert.deepEqual(layout.spanning.map((i) => i.session.id), ['break']);
  });

  it('spans a roomless session across the run of rooms free while it runs, and reaches it from those rooms only', () => {
    const rooms = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Room ${id}` }));
    const { schedule: day2 } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'Europe/Istanbul' },
      rooms,
      sessions: [
        ...rooms.map((room) => ({ id: `${room.id}1`, title: 'Morning', start: '2014-09-02T09:00', end: '2014-09-02T12:00', roomId: room.id })),
        { id: 'lunch', title: 'Lunch', start: '2014-09-02T12:30', end: '2014-09-02T14:00' },
        { id: 'late', title: 'Runs into lunch', start: '2014-09-02T13:00', end: '2014-09-02T14:00', roomId: 'd' },
        { id: 'b2', title: 'Also into lunch', start: '2014-09-02T13:00', end: '2014-09-02T13:30', roomId: 'b' },
        { id: 'tea', title: 'Tea', start: '2014-09-02T16:00', end: '2014-09-02T16:30' },
        { id: 'c3', title: 'Through tea', start: '2014-09-02T15:30', end: '2014-09-02T17:00', roomId: 'c' },
      ],
    });
    const laid = layoutDay(day2.byDay.get('2014-09-02')!, day2.rooms, { zone: 'Europe/Istanbul', minMinutes: 20 });
    const at = (id: string) => laid.items.find((candidate) => candidate.session.id === id)!;
    // Lunch: rooms b and d are busy, so no run of two free rooms: Other. Tea: c is busy, a and b are free.
    assert.deepEqual(laid.columns.map((column) => column.room?.name ?? 'Other'), ['Room a', 'Room b', 'Room c', 'Room d', 'Other']);
    assert.deepEqual([at('lunch').column, at('lunch').span], [4, 1]);
    assert.deepEqual([at('tea').column, at('tea').span], [0, 2]);
    assert.equal(neighbour(laid, at('a1'), 'down')!.session.id, 'tea');
    assert.equal(neighbour(laid, at('d1'), 'down')!.session.id, 'late');
  });

  it('puts all-day sessions side by side in a row above the hours, which start at the first timed session', () => {
    const { schedule: sprints } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'Europe/Berlin' },
      rooms: [{ id: 'a', name: 'Room A' }, { id: 'b', name: 'Room B' }],
      sessions: [
        { id: 'sprints', title: 'Sprints', start: '2024-05-18T00:00:00+02:00', end: '2024-05-19T00:00:00+02:00', allDay: true },
        { id: 'expo', title: 'Expo', start: '2024-05-18T00:00:00+02:00', end: '2024-05-20T00:00:00+02:00', roomId: 'b', allDay: true },
        { id: 'k', title: 'Keynote', start: '2024-05-18T09:00:00+02:00', duration: 'PT1H', roomId: 'a' },
      ],
    });
    const laid = layoutDay(sprints.byDay.get('2024-05-18')!, sprints.rooms, { zone: 'Europe/Berlin', minMinutes: 20 });
    const at = (id: string) => laid.items.find((candidate) => candidate.session.id === id)!;
    assert.equal(laid.allDay, true);
    assert.deepEqual([at('sprints').top, at('sprints').height, at('sprints').span, at('sprints').lane, at('expo').lane, at('expo').lanes], [0, 30, 1, 0, 1, 2]);
    assert.equal(at('k').top, 30, 'the hours begin below the all-day row');
    assert.equal(new Date(laid.startMs + 30 * 60_000).toISOString(), '2024-05-18T07:00:00.000Z');
    assert.deepEqual(laid.columns.map((column) => column.room?.name), ['Room A'], 'an all-day session takes no room column');
  });

  it('draws a session from midnight to midnight that the feed does not call allDay at its times (a 24-hour hackathon)', () => {
    const { schedule: hack } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'Europe/Berlin' },
      sessions: [{ id: 'hack', title: 'Hackathon', start: '2024-05-18T00:00:00+02:00', end: '2024-05-19T00:00:00+02:00' }],
    });
    const laid = layoutDay(hack.sessions, hack.rooms, { zone: 'Europe/Berlin', minMinutes: 20 });
    assert.equal(laid.allDay, false);
    assert.deepEqual([laid.items[0]!.top, laid.items[0]!.height], [0, 24 * 60]);
  });

  it('draws a session that runs in from the day before or on into the next within the day, its cut edges marked', () => {
    const { schedule: night } = normalizeFeed({
      version: 1,
      event: { name: 'x', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-04' },
      sessions: [
        { id: 'hack', title: 'Hackathon', start: '2014-09-02T18:00', end: '2014-09-04T12:00', roomId: 'a' },
        { id: 'talk', title: 'Talk', start: '2014-09-03T10:00', end: '2014-09-03T11:00', roomId: 'b' },
        { id: 'party', title: 'Party', start: '2014-09-03T22:00', end: '2014-09-04T02:00', roomId: 'b' },
      ],
    });
    const bounds = (day: string) => ({ dayStartMs: Date.parse(`${day}T00:00:00+03:00`), dayEndMs: Date.parse(`${day}T00:00:00+03:00`) + 86_400_000 });
    const laidOut = (day: string) => {
      const laid = layoutDay(night.byDay.get(day)!, night.rooms, { zone: 'Europe/Istanbul', minMinutes: 20, ...bounds(day) });
      const at = (id: string) => laid.items.find((candidate) => candidate.session.id === id)!;
      return { laid, at };
    };
    const tuesday = laidOut('2014-09-02');
    assert.equal(new Date(tuesday.laid.startMs).toISOString(), '2014-09-02T15:00:00.000Z', 'from 6 PM');
    assert.equal(tuesday.laid.minutes, 6 * 60, 'to midnight, not to Thursday noon');
    assert.deepEqual([tuesday.at('hack').top, tuesday.at('hack').height, tuesday.at('hack').cutStart, tuesday.at('hack').cutEnd], [0, 6 * 60, false, true]);
    const wednesday = laidOut('2014-09-03');
    assert.equal(wednesday.laid.minutes, 24 * 60);
    assert.deepEqual([wednesday.at('hack').top, wednesday.at('hack').height, wednesday.at('hack').cutStart, wednesday.at('hack').cutEnd], [0, 24 * 60, true, true]);
    assert.deepEqual([wednesday.at('party').top, wednesday.at('party').height, wednesday.at('party').cutEnd], [22 * 60, 2 * 60, true]);
    assert.deepEqual([wednesday.at('talk').cutStart, wednesday.at('talk').cutEnd], [false, false]);
    const thursday = laidOut('2014-09-04');
    assert.deepEqual([thursday.at('hack').top, thursday.at('hack').height, thursday.at('hack').cutStart, thursday.at('hack').cutEnd], [0, 12 * 60, true, false]);
    assert.deepEqual([thursday.at('party').top, thursday.at('party').height], [0, 2 * 60]);
  });

  it('puts overlapping sessions of one room side by side', () => {
    assert.deepEqual([item('a1').lane, item('a1').lanes, item('a2').lane, item('a2').lanes], [0, 2, 1, 2]);
    assert.deepEqual([item('b1').lane, item('b1').lanes], [0, 1]);
  });

  it('draws a 5-minute session at least the minimum length, in minutes from the start', () => {
    assert.equal(item('b2').top, 3 * 60 + 30);
    assert.equal(item('b2').height, 20);
    assert.equal(item('a1').top, 15);
  });

  it('moves by room and by time', () => {
    assert.equal(neighbour(layout, item('a1'), 'next-column')!.session.id, 'b1');
    assert.equal(neighbour(layout, item('b1'), 'previous-column')!.session.id, 'a1');
    assert.equal(neighbour(layout, item('b1'), 'down')!.session.id, 'break');
    assert.equal(neighbour(layout, item('break'), 'down', 1)!.session.id, 'b2');
    assert.equal(neighbour(layout, item('a1'), 'first')!.session.id, 'b1');
    assert.equal(neighbour(layout, item('a1'), 'up'), undefined);
  });
});

describe('agenda-timeline filter', () => {
  it('folds accents, case and spaces', () => {
    assert.equal(foldText('Désirée  MILOSHEVIC'), 'desiree miloshevic');
  });

  it('folds the letters whose mark Unicode does not split off, as people type them without it', () => {
    assert.equal(foldText('Søren Østergaard'), 'soren ostergaard');
    assert.equal(foldText('Politechnika Łódzka, Żółć'), 'politechnika lodzka, zolc');
    assert.equal(foldText('Hans Straße, ẞ'), 'hans strasse, ss');
    assert.equal(foldText('Æsir Œuvre Þór Đorđe İstanbul ılık'), 'aesir oeuvre thor dorde istanbul ilik');
  });

  it('matches every word anywhere: title, people, tags, room', () => {
    const ids = (q: string) => day.filter(compileFilter({ ...NO_FILTER, q }, new Set())).map((s) => s.id);
    assert.deepEqual(ids('desiree'), ['b1']);
    assert.deepEqual(ids('DONNEES privacy'), ['b1']);
    assert.deepEqual(ids('parallel ROOM'), ['a2']);
    assert.deepEqual(ids('nothing here'), []);
  });

  it('filters by facets and saved sessions', () => {
    const ids = (filter: Parameters<typeof compileFilter>[0], saved = new Set<string>()) => day.filter(compileFilter(filter, saved)).map((s) => s.id);
    assert.deepEqual(ids({ ...NO_FILTER, track: 't' }), ['a1']);
    assert.deepEqual(ids({ ...NO_FILTER, room: 'b', type: 'Lightning' }), ['b2']);
    assert.deepEqual(ids({ ...NO_FILTER, speaker: 'd' }), ['b1']);
    assert.deepEqual(ids({ ...NO_FILTER, savedOnly: true }, new Set(['lunch'])), ['lunch']);
    assert.equal(isFiltering(NO_FILTER), false);
    assert.equal(isFiltering({ ...NO_FILTER, q: '  ' }), false);
  });

  it('offers only the choices some session uses', () => {
    const choices = facets(schedule);
    assert.deepEqual([...choices.types].sort(), ['Lightning', 'Talk']);
    assert.deepEqual(choices.speakers.map((p) => p.id), ['d']);
    assert.deepEqual(choices.rooms.map((r) => r.id), ['a', 'b']);
  });
});

describe('agenda-timeline URL state', () => {
  it('round-trips with a prefix and leaves the page’s own parameters alone', () => {
    const state = { day: '2014-09-03', layout: 'list' as const, filter: { ...NO_FILTER, q: 'privacy', track: 'ws', language: 'de', savedOnly: true } };
    const params = writeUrlState(new URLSearchParams('page=2&st-room=old'), state);
    assert.equal(params.toString(), 'page=2&st-day=2014-09-03&st-layout=list&st-q=privacy&st-track=ws&st-language=de&st-saved=1');
    assert.deepEqual(readUrlState(params), { ...state, zone: undefined });
  });

  it('keeps other prefixed parameters, such as a shared schedule link', () => {
    const params = writeUrlState(new URLSearchParams('st-shared=v1.ws196&st-q=old'), { filter: NO_FILTER });
    assert.equal(params.toString(), 'st-shared=v1.ws196');
  });

  it('ignores what it does not understand', () => {
    const state = readUrlState(new URLSearchParams('st-day=tuesday&st-layout=table&st-zone=mars'));
    assert.deepEqual(state, { day: undefined, layout: undefined, zone: undefined, filter: { q: '', savedOnly: false } });
  });

  it('reads a session deep link', () => {
    assert.deepEqual(targetFromHash('#session-ws196'), { kind: 'session', id: 'ws196' });
    assert.deepEqual(targetFromHash('#session-a%20b'), { kind: 'session', id: 'a b' });
    assert.deepEqual(targetFromHash('#person-peter-major'), { kind: 'person', id: 'peter-major' });
    assert.equal(targetFromHash('#other'), undefined);
    assert.equal(targetFromHash('#person-%E0%A4'), undefined);
    assert.equal(fragmentOf({ kind: 'person', id: 'a b' }), 'person-a%20b');
  });
});

describe('agenda-timeline colour', () => {
  it('picks the text with the better WCAG contrast', () => {
    assert.equal(textColorOn('#ffeb3b'), '#000000');
    assert.equal(textColorOn('#5b3c99'), '#ffffff');
    assert.equal(textColorOn('#777'), '#000000');
    assert.equal(textColorOn('red; x'), undefined);
  });
});

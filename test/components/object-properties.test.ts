/**
 * Objects handed to the components as properties by a framework (`.session`, `.person`, `.people`,
 * `.schedule`, `.feed`) that are partial or wrong: the component never throws (the page guard fails
 * a test on any uncaught error), shows its error state, tells the developer once in the console
 * which property, which field and why, and shows a good object set afterwards.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/session-card/session-card.define.js';
import '../../src/components/speaker-card/speaker-card.define.js';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import '../../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import '../../src/components/event-status/event-status.define.js';
import '../../src/components/my-schedule/my-schedule.define.js';
import '../../src/components/agenda-timeline/agenda-timeline.define.js';
import type { Person, Session } from '../../src/data/model.js';
import { $, captureConsole, mount, partText, sample, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

const ws196 = sample.sessionsById.get('ws196')!;
const peter = sample.peopleById.get('peter-major')!;

/** A plain copy of a normalized session (its getters read), with `changes` applied (`undefined` removes a key). */
function sessionWith(changes: Record<string, unknown>): Session {
  const copy: Record<string, unknown> = { ...ws196, start: ws196.start, end: ws196.end };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy as unknown as Session;
}

const COULD_NOT_READ = 'The schedule could not be read.';

describe('objects handed over as properties', () => {
  const printed = captureConsole();

  /** Waits for the one console error of the library about `tag`, and gives it. */
  async function failureSaid(tag: string): Promise<string> {
    const said = (): string[] => printed.errors.filter((line) => line.startsWith(`schedule-elements: <${tag}> could not be shown: `));
    await waitUntil(() => said().length > 0, `<${tag}> said nothing in the console`);
    expect(said(), 'said once: ' + said().join(' /// ')).to.have.length(1);
    return said()[0]!;
  }

  describe('<session-card .session>', () => {
    it('a session without start and end: an error state, one console error naming the field; a good session then shows', async () => {
      const el = await mount('session-card', { locale: 'en-US' }, { session: { id: 'x', title: 'Partial' } as unknown as Session });
      expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
      expect($(el, '[role="alert"]')).not.to.equal(null);
      expect(await failureSaid('session-card')).to.contain('.session has no valid "startMs" (is missing).');
      el.requestUpdate();
      await el.updateComplete;
      await failureSaid('session-card'); // still once
      el.session = ws196;
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal('WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
      expect(partText(el, 'state')).to.equal('');
    });

    it('a session of the feed (not normalized): says so and how to give it', async () => {
      const el = await mount('session-card', { locale: 'en-US' }, { session: talkFeed().sessions[0] as unknown as Session });
      expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
      const said = await failureSaid('session-card');
      expect(said).to.contain('.session has no valid "startMs"');
      expect(said).to.contain('normalizeFeed');
    });

    it('a title that is not a string, or no people: names the field', async () => {
      const el = await mount('session-card', { locale: 'en-US', variant: 'full' }, { session: sessionWith({ title: 42 }) });
      expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
      expect(await failureSaid('session-card')).to.contain('.session has no valid "title" (must be a string, not 42).');
      printed.errors.length = 0;
      el.session = sessionWith({ people: undefined });
      await el.updateComplete;
      expect(await failureSaid('session-card')).to.contain('.session has no valid "people" (is missing).');
    });

    it('a string or a number: the error state, and what it got', async () => {
      for (const session of ['ws196', 7]) {
        printed.errors.length = 0;
        const el = await mount('session-card', { locale: 'en-US' }, { session: session as unknown as Session });
        expect(partText(el, 'state'), String(session)).to.equal(COULD_NOT_READ);
        expect(await failureSaid('session-card')).to.contain(`.session is not a session (from normalizeFeed), but ${JSON.stringify(session)}.`);
      }
    });
  });

  const cases = [
    { tag: 'attendee-count', bad: { session: { id: 'x', title: 'X', attendees: { count: 3 } } }, said: '.session has no valid "startMs"', good: { session: ws196 }, part: 'label', shows: 'Attendees' },
    {
      tag: 'speaker-card',
      bad: { person: { id: 'x' } },
      said: '.person has no valid "name" (is missing). .person has no valid "links" (is missing).',
      good: { person: peter },
      part: 'name',
      shows: 'Peter Major',
    },
  ] as const;
  for (const { tag, bad, said, good, part, shows } of cases) {
    it(`<${tag}>: ${said.split(' (')[0]}, then a good one`, async () => {
      const el = await mount(tag, { locale: 'en-US' }, bad as never);
      expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
      expect(await failureSaid(tag)).to.contain(said);
      Object.assign(el, good);
      await el.updateComplete;
      expect(partText(el, part)).to.equal(shows);
    });
  }

  it('<speaker-avatar-group .people>: not an array', async () => {
    const el = await mount('speaker-avatar-group', { locale: 'en-US' }, { people: 'Peter Major' as unknown as Person[] });
    expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
    expect(await failureSaid('speaker-avatar-group')).to.contain('.people is not an array of people (from normalizeFeed), but "Peter Major".');
  });

  describe('.schedule and .feed on every tag', () => {
    const tags = ['session-card', 'speaker-card', 'speaker-avatar', 'speaker-avatar-group', 'attendee-count', 'event-status', 'my-schedule', 'agenda-timeline'] as const;
    const ids: Record<string, Record<string, string>> = {
      'session-card': { 'session-id': 'talk' },
      'attendee-count': { 'session-id': 'talk' },
      'speaker-avatar-group': { 'session-id': 'talk' },
      'speaker-card': { 'person-id': 'p' },
      'speaker-avatar': { 'person-id': 'p' },
    };

    for (const tag of tags) {
      it(`<${tag}>: a feed given as .schedule is named; the normalized schedule then shows`, async () => {
        const el = await mount(tag, { locale: 'en-US', ...ids[tag] }, { schedule: talkFeed() as never });
        expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
        expect(await failureSaid(tag)).to.contain('.schedule has no "sessionsById", so it is not normalizeFeed(feed).schedule. It looks like a feed');
        el.schedule = sample;
        await el.updateComplete;
        expect(partText(el, 'state')).not.to.equal(COULD_NOT_READ);
      });

      it(`<${tag}>: a string as .feed is an error, not a throw`, async () => {
        const el = await mount(tag, { locale: 'en-US', ...ids[tag] }, { feed: JSON.stringify(talkFeed()) as never });
        expect(partText(el, 'state')).to.equal(COULD_NOT_READ);
        expect(await failureSaid(tag)).to.contain('.feed is not an object (a parsed feed), but "{');
      });
    }
  });
});

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/my-schedule/my-schedule.define.js';
import '../src/components/session-card/session-card.define.js';
import { SavedStore } from '../src/controllers/saved-store.js';
import type { FeedV1, Schedule } from '../src/data/model.js';
import { normalizeFeed } from '../src/data/normalize.js';
import { sampleFeed } from '../src/sample/index.js';
import { liveArgs, unlessOwnFeed } from './support/live-args.js';

/** The sample under its own event id per story, so the stories never touch a reader's IGF 2014 list. */
function sampleAs(eventId: string, change: (feed: FeedV1) => FeedV1 = (feed) => feed): Schedule {
  return normalizeFeed(change({ ...sampleFeed, event: { ...sampleFeed.event, id: eventId } })).schedule;
}

/** Makes an event's saved list exactly these sessions of `schedule` (snapshots as they are there). */
function savedExactly(eventId: string, schedule: Schedule, ids: readonly string[]): void {
  const store = SavedStore.for(eventId);
  for (const id of store.ids) store.remove(id);
  store.save(ids.map((id) => schedule.sessionsById.get(id)!));
}

const playground = sampleAs('story-my-schedule');

/** The programme when the person saved, for the Changes story: WS196 an hour earlier, in another room. */
const changes = sampleAs('story-my-schedule-changes');
const asSaved = sampleAs('story-my-schedule-changes', (feed) => ({
  ...feed,
  sessions: [
    ...feed.sessions.map((session) =>
      session.id === 'ws196' ? { ...session, start: '2014-09-02T10:00:00+03:00', end: '2014-09-02T11:30:00+03:00', roomId: 'main-hall' } : session,
    ),
    { id: 'ws999', title: 'Measuring the Internet economy', start: '2014-09-03T14:30', duration: 'PT90M' },
  ],
}));

interface MyScheduleArgs {
  headingLevel: number;
  locale?: string;
  timeZone?: string;
}

const meta = {
  title: 'Components/My schedule',
  component: 'my-schedule',
  args: { headingLevel: 2 },
  render: (args) => html`
    <my-schedule
      ${liveArgs(args)}
      .schedule=${unlessOwnFeed(args, playground)}
      heading-level=${args.headingLevel}
      locale=${ifDefined(args.locale)}
      time-zone=${ifDefined(args.timeZone)}
      style="max-inline-size: 40rem"
    ></my-schedule>
  `,
} satisfies Meta<MyScheduleArgs>;
export default meta;
type Story = StoryObj<MyScheduleArgs>;

/**
 * Save sessions with ☆ Save on the cards and they appear in the schedule beside them, by day.
 * The list is kept in this browser (also across tabs), so it is still there after a reload.
 */
export const Playground: Story = {
  render: (args) => html`
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start">
      <div style="display: grid; gap: 1rem">
        ${['ws196', 'ws225', 'ws220'].map(
          (id) => html`<session-card .schedule=${playground} session-id=${id} variant="full" heading-level="3" locale=${ifDefined(args.locale)}></session-card>`,
        )}
      </div>
      ${meta.render(args)}
    </div>
  `,
};

/** Nothing saved yet: the empty state says how to add sessions. */
export const Empty: Story = {
  render: (args) => {
    const schedule = sampleAs('story-my-schedule-empty');
    savedExactly('story-my-schedule-empty', schedule, []);
    return html`<my-schedule .schedule=${schedule} heading-level=${args.headingLevel} locale=${ifDefined(args.locale)}></my-schedule>`;
  },
};

/**
 * The programme changed after the person saved: WS196 moved and changed room, a saved session was
 * cancelled (it stays until removed), and two saved sessions overlap.
 */
export const Changes: Story = {
  render: (args) => {
    savedExactly('story-my-schedule-changes', asSaved, ['ws196', 'ws999', 'ws225', 'ws220']);
    return html`<my-schedule .schedule=${changes} heading-level=${args.headingLevel} locale=${ifDefined(args.locale)}></my-schedule>`;
  },
};

/** The same in Arabic, right to left. */
export const Arabic: Story = { ...Changes, args: { locale: 'ar' } };

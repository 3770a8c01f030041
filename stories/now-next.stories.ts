import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/now-next/now-next.define.js';
import type { FeedV1 } from '../src/data/model.js';
import { sampleFeed } from '../src/sample/index.js';
import { liveArgs } from './support/live-args.js';

interface NowNextArgs {
  feed?: FeedV1;
  roomId?: string;
  now?: string;
  theme?: 'dark' | 'light';
  timeZone?: string;
  locale?: string;
  /** The box the screen fills, as a kiosk page would give it. */
  width: string;
  height: string;
}

const meta = {
  title: 'Components/Now and next',
  component: 'now-next',
  args: { feed: sampleFeed, roomId: 'room-03', now: '2014-09-02T11:30:00+03:00', width: '100%', height: '32rem' },
  argTypes: {
    feed: { control: false },
    now: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'dark', 'light'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`
    <now-next
      ${liveArgs(args)}
      room-id=${ifDefined(args.roomId)}
      now=${ifDefined(args.now)}
      theme=${ifDefined(args.theme)}
      time-zone=${ifDefined(args.timeZone)}
      locale=${ifDefined(args.locale)}
      style="inline-size: ${args.width}; block-size: ${args.height}"
    ></now-next>
  `,
} satisfies Meta<NowNextArgs>;
export default meta;
type Story = StoryObj<NowNextArgs>;

/** By the door of Workshop Room 03 during WS196: on now with its progress and time left, lunch next. */
export const OneRoom: Story = {};

/** The foyer: a row for every room with something on now or next, in the feed's room order. */
export const AllRooms: Story = { args: { roomId: undefined, height: '40rem' } };

/** Dark, whatever the viewer's system prefers. */
export const Dark: Story = { args: { theme: 'dark' } };

/** Light, whatever the viewer's system prefers. */
export const Light: Story = { args: { theme: 'light', roomId: undefined, height: '40rem' } };

/** Arabic, right to left: the progress bar fills from the right. */
export const Arabic: Story = { args: { locale: 'ar', now: '2014-09-02T12:05:00+03:00' } };

/** A portrait screen (9:16): now and next stacked, the type sized to the width. */
export const Portrait: Story = { args: { width: '27rem', height: '48rem' } };

/** A portrait screen in the foyer during the coffee break: a break in every room, the workshops next. */
export const PortraitAllRooms: Story = { args: { roomId: undefined, width: '27rem', height: '48rem', now: '2014-09-02T10:45:00+03:00' } };

/** Before the first session of the day: what comes first, and when. */
export const BeforeTheDay: Story = { args: { now: '2014-09-02T08:40:00+03:00' } };

/** After the last session: "The day's programme has ended." */
export const DayEnded: Story = { args: { roomId: undefined, now: '2014-09-02T18:30:00+03:00' } };

/** Late afternoon in the foyer: the Main Hall is done for the day, the workshops run on. */
export const RoomDone: Story = { args: { roomId: undefined, now: '2014-09-02T17:45:00+03:00', height: '40rem' } };

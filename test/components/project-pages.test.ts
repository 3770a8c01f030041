import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { SAMPLES, inspect, renderSample } from '../../stories/feeds/samples.js';
import { SAMPLE_URL, part } from './fixtures.js';
import { waitUntil } from '../wait.js';

/**
 * What a site owner and a Storybook visitor met on the project's own pages (examples/, the stories),
 * measured as drawn: each check failed before its fix.
 */

/** The boxes drawn in `root` (in its shadow roots too), those with a size. */
function drawnBoxes(root: ParentNode): DOMRect[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [
    ...[el.getBoundingClientRect()].filter((box) => box.width > 0 && box.height > 0),
    ...(el.shadowRoot ? drawnBoxes(el.shadowRoot) : []),
  ]);
}

describe('the project pages as seen', () => {
  it("a compact speaker card (the speaker list's) has as much room under its last line as above its first", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <speaker-card compact src=${SAMPLE_URL} person-id="peter-major" locale="en-US"></speaker-card>
    </div>`);
    const card = wrapper.querySelector('speaker-card')!;
    await waitUntil(() => part(card, 'name'), 'the card never settled');
    const base = part(card, 'base')!;
    const inner = base.getBoundingClientRect();
    const style = getComputedStyle(base);
    const top = inner.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    const bottom = inner.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom);
    const boxes = drawnBoxes(base);
    const above = Math.min(...boxes.map((box) => box.top)) - top;
    const below = bottom - Math.max(...boxes.map((box) => box.bottom));
    expect(above, 'the first line sits at the padding').to.be.closeTo(0, 0.5);
    expect(below, 'blank space under the last line, inside the padding (an empty row and its gap)').to.be.closeTo(0, 0.5);
  });

  it('a full speaker card keeps its bio under the name on a wide card, and under the picture too on a narrow one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="width: 360px"><speaker-card src=${SAMPLE_URL} person-id="peter-major" locale="en-US"></speaker-card></div>
      <div style="width: 720px"><speaker-card src=${SAMPLE_URL} person-id="peter-major" locale="en-US"></speaker-card></div>
    </div>`);
    const [narrow, wide] = [...wrapper.querySelectorAll('speaker-card')];
    await waitUntil(() => part(narrow!, 'bio') && part(wide!, 'bio'), 'the cards never settled');
    for (const [card, under] of [
      [narrow!, 'avatar'],
      [wide!, 'name'],
    ] as const) {
      const bio = part(card, 'bio')!.getBoundingClientRect();
      const name = part(card, 'name')!.getBoundingClientRect();
      const avatar = part(card, 'avatar')!.getBoundingClientRect();
      expect(bio.top, 'the bio below the picture and the name').to.be.at.least(Math.max(avatar.bottom, name.bottom));
      expect(bio.left, `the bio starts under the ${under}`).to.be.closeTo((under === 'avatar' ? avatar : name).left, 0.5);
    }
  });

  it("a track without a colour leaves no blank dot's room between the room and the track's name", async () => {
    const feed: FeedV1 = {
      version: 1,
      event: { name: 'Fjord Cloud Day', timeZone: 'UTC' },
      tracks: [{ id: 'cloud', name: 'Cloud' }],
      rooms: [{ id: 'aurora', name: 'Room Aurora' }],
      sessions: [{ id: 's1', title: 'Serverless', start: '2031-03-20T09:30:00Z', end: '2031-03-20T10:15:00Z', roomId: 'aurora', trackId: 'cloud' }],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <session-card session-id="s1" locale="en-US" .schedule=${normalizeFeed(feed).schedule}></session-card>
    </div>`);
    const card = wrapper.querySelector('session-card')!;
    await waitUntil(() => part(card, 'track'), 'the card never settled');
    // The dot before the name: taking no room is as good as drawn.
    const dot = part(card, 'track')!.firstElementChild!;
    if (dot.getBoundingClientRect().width === 0) return;
    const stripe = getComputedStyle(card.shadowRoot!.querySelector('.card')!).borderInlineStartColor;
    expect(getComputedStyle(dot).borderTopColor, "the dot is drawn (a ring filled by its border), in the card's stripe colour").to.equal(stripe);
  });

  it("the adapters' stories on a phone: the status, the cards, the speakers and the diagnostics apart, each path within the page", async () => {
    const stage = await fixture<HTMLDivElement>(html`<div style="width: 342px"></div>`);
    render(renderSample(SAMPLES.pretalx, await inspect(SAMPLES.pretalx)), stage);
    const children = [...stage.querySelector('section')!.children];
    await waitUntil(() => children.every((child) => child.getBoundingClientRect().height > 0), 'a part of the story never showed');
    const parts = children.map((child) => child.getBoundingClientRect());
    for (const [above, below] of parts.slice(1).map((box, i) => [parts[i]!, box] as const)) {
      expect(below.top - above.bottom, 'the space between two parts of the story').to.be.at.least(8);
    }
    const paths = [...stage.querySelectorAll('.diagnostics code')].flatMap((code) => [...code.getClientRects()]);
    expect(paths.length, 'a diagnostic shown').to.be.above(0);
    expect(Math.max(...paths.map((line) => line.right)), "a JSON path's end").to.be.at.most(stage.getBoundingClientRect().right);
  });
});

import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/speaker-avatar-group/speaker-avatar-group.define.js';
import type { SpeakerAvatarGroupElement } from '../../src/components/speaker-avatar-group/speaker-avatar-group.js';
import type { Person } from '../../src/data/model.js';
import { SAMPLE_URL, captureConsole, mount, part } from './fixtures.js';
import { readText } from '../../src/components/shared/harness.js';
import { waitUntil } from '../wait.js';

const people: Person[] = [
  'Qusai Al-Shatti',
  'Peter Major',
  'Desiree Miloshevic',
  'Ayman El-Sherbiny',
  'Mohammed AlQurashi',
  'Carlos A. Afonso',
].map((name) => ({ id: name.toLowerCase().replaceAll(' ', '-'), name, links: [] }));

function avatarsOf(el: SpeakerAvatarGroupElement): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="avatar"]')];
}

/** What each avatar shows: a picture, named by the initials under it, or the initials alone. */
function shown(el: SpeakerAvatarGroupElement): string[] {
  return avatarsOf(el).map((avatar) => {
    const initials = avatar.shadowRoot!.querySelector('[part~="initials"]')!;
    return avatar.shadowRoot!.querySelector('img') ? `img:${initials.getAttribute('aria-label')}` : `initials:${initials.textContent!.trim()}`;
  });
}

/** Waits until the group's avatars have rendered. */
async function settle(el: SpeakerAvatarGroupElement): Promise<void> {
  await Promise.all(avatarsOf(el).map((avatar) => (avatar as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete));
}

async function group(max: number | undefined, locale = 'en', size?: string): Promise<SpeakerAvatarGroupElement> {
  const el = await fixture<SpeakerAvatarGroupElement>(
    html`<speaker-avatar-group .people=${people} .max=${max ?? 3} locale=${locale} size=${size ?? 'medium'}></speaker-avatar-group>`,
  );
  await settle(el);
  return el;
}

/** The colour drawn at the pixel of the viewport that holds (x, y), as [r, g, b]. */
async function drawnAt(x: number, y: number): Promise<number[]> {
  const png = await executeServerCommand<string, object>('pixels', { x: Math.floor(x), y: Math.floor(y), width: 1, height: 1 });
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(1, 1).getContext('2d')!;
  canvas.drawImage(bitmap, 0, 0, 1, 1);
  return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

describe('<speaker-avatar-group>', () => {
  it('shows the seed workshop’s moderator and panelists from the feed', async () => {
    const el = await fixture<SpeakerAvatarGroupElement>(
      html`<speaker-avatar-group src=${SAMPLE_URL} session-id="ws196"></speaker-avatar-group>`,
    );
    await waitUntil(() => avatarsOf(el).length === 3, 'no avatars');
    await settle(el);
    expect(shown(el)).to.deep.equal(['initials:QA', 'img:Peter Major', 'img:Desiree Miloshevic']);
    expect(part(el, 'more')).to.equal(null);
    expect(readText(part(el, 'base')!.getAttribute('aria-label'))).to.equal(
      'Speakers: Qusai Al-Shatti, Peter Major, and Desiree Miloshevic',
    );
    await expect(el).to.be.accessible();
  });

  it('names its people in Chinese with the word a full card heads its speakers with', async () => {
    await import('../../src/components/session-card/session-card.define.js');
    const el = await fixture<SpeakerAvatarGroupElement>(html`<speaker-avatar-group src=${SAMPLE_URL} session-id="ws196" locale="zh"></speaker-avatar-group>`);
    const card = await fixture<HTMLElement>(html`<session-card src=${SAMPLE_URL} session-id="ws196" variant="full" locale="zh"></session-card>`);
    await waitUntil(() => card.shadowRoot!.querySelectorAll('.role > .heading').length === 2 && avatarsOf(el).length === 3, 'no speakers shown');
    await settle(el);
    const speakers = readText(card.shadowRoot!.querySelectorAll('.role > .heading')[1]!);
    expect(readText(part(el, 'base')!.getAttribute('aria-label'))).to.equal(`${speakers}：Qusai Al-Shatti、Peter Major和Desiree Miloshevic`);
  });

  it('shows 3 of 6 people and a "+3" badge that says "and 3 more" and names the others', async () => {
    const el = await group(3);
    expect(shown(el)).to.deep.equal(['initials:QA', 'initials:PM', 'initials:DM']);
    const more = part(el, 'more')!;
    expect(more.querySelector('[aria-hidden="true"]')!.textContent).to.equal('+3');
    expect(more.querySelector('.visually-hidden')!.textContent).to.equal('and 3 more');
    expect(readText(more.title)).to.equal('Ayman El-Sherbiny, Mohammed AlQurashi, and Carlos A. Afonso');
    expect(readText(part(el, 'base')!.getAttribute('aria-label'))).to.equal(
      'Speakers: Qusai Al-Shatti, Peter Major, Desiree Miloshevic, Ayman El-Sherbiny, Mohammed AlQurashi, and Carlos A. Afonso',
    );
    await expect(el).to.be.accessible();
  });

  it('shows everyone without a badge when they fit in max', async () => {
    const el = await group(6);
    expect(avatarsOf(el)).to.have.length(6);
    expect(part(el, 'more')).to.equal(null);
  });

  it('words the badge by the plural rules of the locale', async () => {
    const fr = await group(5, 'fr');
    expect(part(fr, 'more')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+1 et 1 autre');
    const ru = await group(2, 'ru');
    expect(part(ru, 'more')!.querySelector('.visually-hidden')!.textContent).to.equal('и ещё 4 человека');
    expect(readText(part(ru, 'base')!.getAttribute('aria-label'))).to.match(/^Докладчики: Qusai Al-Shatti, .* и Carlos A\. Afonso$/);
  });

  it('lays the stack out right to left in Arabic, in Arabic words', async () => {
    const el = await group(3, 'ar');
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    const [first, second] = avatarsOf(el).map((avatar) => avatar.getBoundingClientRect());
    expect(second!.right).to.be.lessThan(first!.right);
    expect(second!.right).to.be.greaterThan(second!.left + 1);
    expect(part(el, 'more')!.querySelector('[aria-hidden="true"]')!.textContent).to.match(/\+[3٣]/);
    expect(part(el, 'more')!.querySelector('.visually-hidden')!.textContent).to.match(/^و[3٣] أشخاص آخرين$/);
    await expect(el).to.be.accessible();
  });

  it('passes size to its avatars and sizes the badge to match', async () => {
    const el = await group(3, 'en', 'small');
    expect(avatarsOf(el).map((avatar) => avatar.getAttribute('size'))).to.deep.equal(['small', 'small', 'small']);
    const badge = part(el, 'more')!.getBoundingClientRect();
    const avatar = avatarsOf(el)[0]!.getBoundingClientRect();
    expect([badge.width, badge.height]).to.deep.equal([avatar.width, avatar.height]);
    expect(avatar.width).to.equal(32);
  });

  it('overlaps the badge on the last avatar as each avatar overlaps the one before, at every size', async () => {
    for (const size of ['small', 'medium', 'large']) {
      const el = await group(3, 'en', size);
      const [first, second, third] = avatarsOf(el).map((avatar) => avatar.getBoundingClientRect());
      const badge = part(el, 'more')!.getBoundingClientRect();
      const overlap = first!.right - second!.left;
      expect(third!.right - badge.left, `${size}: the badge's overlap`).to.be.closeTo(overlap, 1);
    }
  });

  it('parts each avatar and the badge from the one before by a ring of the surface colour, drawn over it', async () => {
    for (const locale of ['en', 'ar']) {
      const el = await group(3, locale);
      const items = [...part(el, 'base')!.children];
      for (let i = 1; i < items.length; i++) {
        // The middle of the 2 px ring, where it lies over the one before (to the left, or to the right in Arabic).
        const box = items[i]!.getBoundingClientRect();
        const ring = getComputedStyle(items[i]!).boxShadow.split(/,(?![^(]*\))/).find((shadow) => !shadow.includes('inset'))!.match(/\d+/g)!.slice(0, 3).map(Number);
        const drawn = await drawnAt(locale === 'ar' ? Math.ceil(box.right) : box.left - 1, box.top + box.height / 2);
        const far = drawn.some((channel, c) => Math.abs(channel - ring[c]!) > 8);
        expect(far, `${locale}: the ring of item ${i + 1} of the row over the one before is drawn in rgb(${ring.join(', ')}), not rgb(${drawn.join(', ')})`).to.equal(false);
      }
    }
  });

  it('forwards the avatars’ parts so a page can style them', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`
      <div>
        <style>
          .styled::part(avatar__initials) {
            outline: 3px solid rgb(255, 0, 0);
          }
        </style>
        <speaker-avatar-group class="styled" .people=${people.slice(0, 1)}></speaker-avatar-group>
      </div>
    `);
    const el = wrapper.querySelector('speaker-avatar-group')!;
    await settle(el);
    const initials = avatarsOf(el)[0]!.shadowRoot!.querySelector('[part~="initials"]')!;
    expect(getComputedStyle(initials).outlineColor).to.equal('rgb(255, 0, 0)');
  });

  describe('states', () => {
    const printed = captureConsole();

    it('says nothing in the console of a group whose .people the page sets once its data has come (after the group was put in the page)', async () => {
      const el = await mount('speaker-avatar-group');
      await new Promise((resolve) => setTimeout(resolve, 50)); // the page's own fetch of the people
      el.people = people;
      await el.updateComplete;
      await settle(el);
      expect(shown(el)).to.have.length(3);
      expect(printed.warnings).to.deep.equal([]);
    });

    it('asks for a session-id when it has none', async () => {
      const el = await fixture<SpeakerAvatarGroupElement>(html`<speaker-avatar-group src=${SAMPLE_URL}></speaker-avatar-group>`);
      expect(part(el, 'state')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'state')!.textContent).to.equal('No session to show.');
      await expect(el).to.be.accessible();
    });

    it('names the unknown session and the feed', async () => {
      const el = await fixture<SpeakerAvatarGroupElement>(
        html`<speaker-avatar-group src=${SAMPLE_URL} session-id="ws197"></speaker-avatar-group>`,
      );
      await waitUntil(() => part(el, 'state')?.getAttribute('role') === 'alert', 'no not-found message');
      expect(part(el, 'state')!.textContent).to.equal('This session is not in the schedule.');
      await expect(el).to.be.accessible();
    });

    it('says it is loading, then that the feed is not available', async () => {
      const src = '/test/fixtures/components/no-such-group-feed.json';
      const el = await fixture<SpeakerAvatarGroupElement>(html`<speaker-avatar-group src=${src} session-id="ws196"></speaker-avatar-group>`);
      expect(part(el, 'state')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'state')?.getAttribute('role') === 'alert', 'no error message');
      expect(part(el, 'state')!.textContent).to.equal('The schedule is not available right now.');
      await expect(el).to.be.accessible();
    });

    it('says so when there is nobody to show', async () => {
      const el = await fixture<SpeakerAvatarGroupElement>(html`<speaker-avatar-group .people=${[]}></speaker-avatar-group>`);
      expect(part(el, 'base')).to.equal(null);
      expect(part(el, 'state')!.textContent!.trim()).to.equal('No speakers announced yet.');
      await expect(el).to.be.accessible();
    });
  });
});

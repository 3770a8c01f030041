import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/speaker-avatar/speaker-avatar.define.js';
import type { SpeakerAvatarElement } from '../../src/components/speaker-avatar/speaker-avatar.js';
import type { FeedV1, Person } from '../../src/data/model.js';
import { SpeakerSelectEvent } from '../../src/events/speaker-select-event.js';
import { SAMPLE_URL, contrast, part, partText } from './fixtures.js';
import { waitUntil } from '../wait.js';

const peter: Person = {
  id: 'peter-major',
  name: 'Peter Major',
  jobTitle: 'Chair, UN CSTD',
  organization: 'UN Commission on Science and Technology for Development',
  links: [],
};

/** An avatar read from the sample feed, once its picture or initials are on screen. */
async function fromSample(personId: string): Promise<SpeakerAvatarElement> {
  const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar src=${SAMPLE_URL} person-id=${personId}></speaker-avatar>`);
  await waitUntil(() => part(el, 'image') ?? part(el, 'initials'), `no avatar for ${personId}`);
  return el;
}

describe('<speaker-avatar>', () => {
  describe('the seed page’s people', () => {
    it('shows Peter Major’s and Desiree Miloshevic’s pictures, loaded lazily, over their initials, which carry the name', async () => {
      for (const [id, name] of [
        ['peter-major', 'Peter Major'],
        ['desiree-miloshevic', 'Desiree Miloshevic'],
      ] as const) {
        const el = await fromSample(id);
        const img = part(el, 'image') as HTMLImageElement;
        expect(img.alt, 'decorative: the initials under it are named').to.equal('');
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('decoding')).to.equal('async');
        // The initials lie under the picture (they show where it never loads) and carry the name, read once.
        expect(part(el, 'initials')!.getAttribute('role')).to.equal('img');
        expect(part(el, 'initials')!.getAttribute('aria-label')).to.equal(name);
        expect(el.shadowRoot!.querySelectorAll('[aria-label], img[alt]:not([alt=""])').length, 'named once').to.equal(1);
        await expect(el).to.be.accessible();
      }
    });

    it('shows the initials "QA" for Qusai Al-Shatti, who has no picture, as an image named after him', async () => {
      const el = await fromSample('qusai-alshatti');
      const initials = part(el, 'initials')!;
      expect(initials.textContent!.trim()).to.equal('QA');
      expect(initials.getAttribute('role')).to.equal('img');
      expect(initials.getAttribute('aria-label')).to.equal('Qusai Al-Shatti');
      expect(part(el, 'image')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  it('switches to initials when the picture fails to load', async () => {
    const el = await fixture<SpeakerAvatarElement>(
      html`<speaker-avatar .person=${{ ...peter, avatar: '/no-such-image.png' }}></speaker-avatar>`,
    );
    const img = part(el, 'image') as HTMLImageElement;
    // A lazy image never loads in a background tab (the test runner opens several); fetch it now.
    img.loading = 'eager';
    await waitUntil(() => !part(el, 'image'), 'the broken picture was not removed', { timeout: 4000 });
    expect(part(el, 'initials')!.textContent!.trim()).to.equal('PM');
    expect(part(el, 'initials')!.getAttribute('aria-label')).to.equal('Peter Major');
    expect(part(el, 'image')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('makes initials from names in any script', async () => {
    const names = ['Carlos A. Afonso', 'Désirée Miloshevic', 'Madonna', '王小明', 'محمد القرشي', 'Dr. Jane Doe'];
    const el = fixtureSync<HTMLElement>(html`
      <div>${names.map((name) => html`<speaker-avatar .person=${{ id: name, name, links: [] }}></speaker-avatar>`)}</div>
    `);
    const avatars = [...el.querySelectorAll('speaker-avatar')];
    await Promise.all(avatars.map((avatar) => avatar.updateComplete));
    expect(avatars.map((avatar) => part(avatar, 'initials')!.textContent!.trim())).to.deep.equal([
      'CA',
      'DM',
      'M',
      '王',
      'م\u200cق',
      'JD',
    ]);
  });

  it('is 2rem, 3rem or 5rem across by size, or --schedule-avatar-size', async () => {
    const el = fixtureSync<HTMLElement>(html`
      <div style="font-size: 16px">
        <speaker-avatar size="small" .person=${peter}></speaker-avatar>
        <speaker-avatar .person=${peter}></speaker-avatar>
        <speaker-avatar size="large" .person=${peter}></speaker-avatar>
        <speaker-avatar size="large" style="--schedule-avatar-size: 40px" .person=${peter}></speaker-avatar>
      </div>
    `);
    const avatars = [...el.querySelectorAll('speaker-avatar')];
    await Promise.all(avatars.map((avatar) => avatar.updateComplete));
    expect(avatars[1]!.getAttribute('size')).to.equal('medium');
    const sizes = avatars.map((avatar) => part(avatar, 'initials')!.getBoundingClientRect());
    expect(sizes.map(({ width, height }) => [width, height])).to.deep.equal([
      [32, 32],
      [48, 48],
      [80, 80],
      [40, 40],
    ]);
  });

  describe('with-name and with-title', () => {
    it('shows the name and "job title, organization" beside a decorative picture', async () => {
      const el = await fromSample('peter-major');
      el.withName = true;
      el.withTitle = true;
      await el.updateComplete;
      expect(part(el, 'name')!.textContent!.trim()).to.equal('Peter Major');
      expect(partText(el, 'title')).to.equal(
        'Chair, UN CSTD; Special advisor to the Permanent Mission of Hungary to the UN in Geneva, UN Commission on Science and Technology for Developmeny',
      );
      expect((part(el, 'image') as HTMLImageElement).getAttribute('alt')).to.equal('');
      expect(part(el, 'name')!.tagName).to.equal('SPAN');
      await expect(el).to.be.accessible();
    });

    it('hides the initials from assistive technology when the name is beside them', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar with-name .person=${{ ...peter, jobTitle: undefined }}></speaker-avatar>`);
      const initials = part(el, 'initials')!;
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      expect(initials.hasAttribute('role')).to.equal(false);
      expect(initials.hasAttribute('aria-label')).to.equal(false);
      expect(part(el, 'title')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows only the organization when there is no job title', async () => {
      const el = await fixture<SpeakerAvatarElement>(
        html`<speaker-avatar with-title .person=${{ ...peter, jobTitle: undefined }}></speaker-avatar>`,
      );
      expect(part(el, 'title')!.textContent!.trim()).to.equal(peter.organization);
      expect(part(el, 'name')).to.equal(null);
      expect(part(el, 'initials')!.getAttribute('aria-label')).to.equal('Peter Major');
    });
  });

  it('gives 200 names initials colours that contrast ≥ 4.5:1 with their text in light and dark schemes', async () => {
    const first = ['Ana', 'Bilal', 'Chen', 'Dmitri', 'Eszter', 'Farah', 'Gustavo', 'Hye-jin', 'Ifeoma', 'João', 'Kofi', 'Léa', 'Mariam', 'Nikolai', 'Oluwaseun', 'Pilar', 'Qiu', 'Rania', 'Søren', 'Tamar'];
    const last = ['Abebe', 'Berisha', 'Castillo', 'Dubois', 'Egorov', 'Fujita', 'García', 'Haddad', 'Ivanova', 'Jensen'];
    const people = first.flatMap((f) => last.map((l) => ({ id: `${f}-${l}`, name: `${f} ${l}`, links: [] })));
    expect(people).to.have.length(200);
    const el = fixtureSync<HTMLElement>(html`
      <div>${people.map((person) => html`<speaker-avatar size="small" .person=${person}></speaker-avatar>`)}</div>
    `);
    const avatars = [...el.querySelectorAll('speaker-avatar')];
    await Promise.all(avatars.map((avatar) => avatar.updateComplete));
    const read = () =>
      avatars.map((avatar) => {
        const style = getComputedStyle(part(avatar, 'initials')!);
        return { background: style.backgroundColor, color: style.color };
      });

    const light = read();
    el.style.colorScheme = 'dark';
    const dark = read();
    for (const [scheme, colors] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      const low = colors.filter(({ background, color }) => contrast(background, color) < 4.5);
      expect(low, `${scheme} scheme`).to.deep.equal([]);
    }
    expect(light[0]!.background).not.to.equal(dark[0]!.background);
    expect(new Set(light.map(({ background }) => background)).size, 'distinct colours').to.be.greaterThan(100);
    const again = await fixture<SpeakerAvatarElement>(html`<speaker-avatar .person=${people[0]}></speaker-avatar>`);
    expect(getComputedStyle(part(again, 'initials')!).backgroundColor, 'stable').to.equal(light[0]!.background);
  });

  it('lays out right to left in Arabic', async () => {
    const el = await fixture<SpeakerAvatarElement>(
      html`<speaker-avatar locale="ar" with-name with-title .person=${peter}></speaker-avatar>`,
    );
    const base = part(el, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    // Job and organization joined by the Arabic comma, each isolated (U+2068 … U+2069): the line reads right to left.
    expect(part(el, 'title')!.textContent!.trim()).to.equal(`\u2068${peter.jobTitle}\u2069، \u2068${peter.organization}\u2069`);
    expect(part(el, 'initials')!.getBoundingClientRect().left).to.be.greaterThan(part(el, 'name')!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  describe('selectable', () => {
    it('fires speaker-select when the name is clicked or Enter is pressed on it', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar selectable with-name .person=${peter}></speaker-avatar>`);
      const button = part(el, 'name') as HTMLButtonElement;
      expect(button.tagName).to.equal('BUTTON');
      await expect(el).to.be.accessible();

      setTimeout(() => button.click());
      const clicked = await oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
      expect(clicked.person.id).to.equal('peter-major');
      expect(clicked.composed && clicked.bubbles).to.equal(true);

      button.focus();
      const pressed = oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
      await sendKeys({ press: 'Enter' });
      expect((await pressed).person.name).to.equal('Peter Major');
    });

    it('makes the picture the button when the name is not shown', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar selectable .person=${peter}></speaker-avatar>`);
      const button = el.shadowRoot!.querySelector('button')!;
      expect(button.querySelector('[part~="initials"]')!.getAttribute('aria-label')).to.equal('Peter Major');
      await expect(el).to.be.accessible();
      button.focus();
      const pressed = oneEvent<SpeakerSelectEvent>(el, SpeakerSelectEvent.eventName);
      await sendKeys({ press: 'Enter' });
      expect((await pressed).person.id).to.equal('peter-major');
    });

    it('has no button unless selectable', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar with-name .person=${peter}></speaker-avatar>`);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });
  });

  it('keeps hostile feed text inert and drops a javascript: picture', async () => {
    const feed: FeedV1 = {
      version: 1,
      event: { name: 'Hostile', timeZone: 'UTC' },
      people: [{ id: 'x', name: '<img src=x onerror="window.pwned=1">Eve', avatar: 'javascript:window.pwned=1', jobTitle: '<script>window.pwned=1</script>' }],
      sessions: [],
    };
    const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar with-name with-title person-id="x" .feed=${feed}></speaker-avatar>`);
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'name')!.textContent).to.equal('<img src=x onerror="window.pwned=1">Eve');
    expect(el.shadowRoot!.querySelector('script, [onerror]')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  describe('states', () => {
    it('asks for a person-id when it has none', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar src=${SAMPLE_URL}></speaker-avatar>`);
      expect(part(el, 'state')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'state')!.textContent).to.equal('No person to show.');
      await expect(el).to.be.accessible();
    });

    it('names the unknown person and the feed', async () => {
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar src=${SAMPLE_URL} person-id="nobody"></speaker-avatar>`);
      await waitUntil(() => part(el, 'state')?.getAttribute('role') === 'alert', 'no not-found message');
      expect(part(el, 'state')!.textContent).to.equal('This person is not in the schedule.');
      await expect(el).to.be.accessible();
    });

    it('says it is loading, then that the feed is not available', async () => {
      const src = '/test/fixtures/components/no-such-avatar-feed.json';
      const el = await fixture<SpeakerAvatarElement>(html`<speaker-avatar src=${src} person-id="peter-major"></speaker-avatar>`);
      expect(part(el, 'state')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'state')!.textContent).to.equal('Loading the schedule…');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'state')?.getAttribute('role') === 'alert', 'no error message');
      expect(part(el, 'state')!.textContent).to.equal('The schedule is not available right now.');
      await expect(el).to.be.accessible();
    });
  });
});

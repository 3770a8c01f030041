import { expect } from '@open-wc/testing';
import { deepQueryAll, visibleText } from './frame.helpers.js';
import { waitUntil } from '../wait.js';

describe('examples/seed-page.html: the seed page rebuilt from the sample feed with dist/schedule-elements.min.js', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let text: string;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 2000px; border: 0';
    frame.src = '/examples/seed-page.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc = frame.contentDocument!;
    await waitUntil(() => deepQueryAll(doc, '[part~="agenda"] li').length > 0, 'the full card did not render', {
      timeout: 7000,
    });
    await waitUntil(() => (visibleText(doc.body)).includes('has ended'), 'the banner did not render');
    text = (visibleText(doc.body));
  });

  after(() => frame.remove());

  it('registers every tag from the single-file bundle', () => {
    for (const tag of ['session-card', 'event-status', 'speaker-avatar', 'attendee-count', 'speaker-card', 'speaker-list']) {
      expect(frame.contentWindow!.customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('shows the ended banner', () => {
    expect(text).to.include('IGF 2014 has ended');
  });

  it('shows the day, the time range and the full date with its zone', () => {
    expect(text).to.include('Tuesday, September 2');
    expect(text).to.include('11:00 AM – 12:30 PM');
    expect(text).to.include('EEST');
  });

  it('shows the title with its code as the page heading', () => {
    const [h1] = deepQueryAll(doc, 'h1');
    expect((visibleText(h1!))).to.include('WS196');
    expect((visibleText(h1!))).to.include('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
  });

  it('keeps the description’s numbered list', () => {
    const items = deepQueryAll(doc, '[part~="description"] ol > li');
    expect(items).to.have.length(3);
    expect(items[0]!.textContent).to.include('Can we view the IGF and Enhanced Cooperation');
  });

  it('lists the ten agenda items with their clock times', () => {
    const rows = deepQueryAll(doc, '[part~="agenda"] > li');
    expect(rows).to.have.length(10);
    const times = rows.map((row) => visibleText(row.querySelector('time')!).trim());
    expect(times.slice(0, 3)).to.deep.equal(['11:00 AM', '11:05 AM', '11:10 AM']);
    expect(times[8]).to.equal('11:40 AM');
    expect(times[9]).to.equal('12:20 PM');
  });

  it('shows initials for the speaker without a picture, and the others’ pictures over their named initials', () => {
    const initials = deepQueryAll(doc, '[part~="initials"]').map((el) => el.textContent!.trim());
    expect(initials).to.include('QA');
    const pictured = deepQueryAll(doc, 'img[part~="image"]').map((img) => img.parentElement!.querySelector('[part~="initials"]')!.getAttribute('aria-label'));
    expect(pictured).to.include.members(['Peter Major', 'Desiree Miloshevic']);
  });

  it('expands a bio with “Read more”', async () => {
    const toggle = deepQueryAll(doc, 'button').find((b) => b.textContent!.trim().startsWith('Read more')) as HTMLButtonElement;
    expect(toggle, 'a Read more button').to.exist;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true');
    expect(toggle.textContent!.trim()).to.equal('Show less: Qusai Al-Shatti');
  });

  it('shows the room with its floor', () => {
    expect(text).to.include('Workshop Room 03');
    expect(text).to.include('Rumeli -1 Floor / Room 1');
  });

  it('shows the attendees with 0', () => {
    expect(text).to.match(/Attendees \(0\)/);
  });
});

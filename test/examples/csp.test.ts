import { expect } from '@open-wc/testing';
import { deepQueryAll, openFrame, visibleText, waitForDeep, type Console, type FrameWindow } from './frame.helpers.js';
import { waitUntil } from '../wait.js';

/**
 * Records the frame's CSP and Trusted Types violations from here on, and those that happened before
 * (while the bundle loaded and first rendered): the document keeps them in its report buffer, which a
 * buffered ReportingObserver receives. Later ones also arrive as `securitypolicyviolation` events.
 */
function watchViolations(frame: HTMLIFrameElement): string[] {
  const win = frame.contentWindow as FrameWindow;
  const violations: string[] = [];
  const observer = new win.ReportingObserver(
    (reports) => {
      for (const report of reports) {
        const body = report.body as CSPViolationReportBody;
        violations.push(`report: ${body.effectiveDirective} ${body.blockedURL ?? ''} ${body.sample ?? ''}`);
      }
    },
    { types: ['csp-violation'], buffered: true },
  );
  observer.observe();
  win.document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`event: ${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
  );
  return violations;
}

/**
 * The frame's violations but a control of the test's own, made last (a string into innerHTML, refused by
 * Trusted Types): once it has been reported both ways, every earlier violation has been reported too.
 */
async function violationsBeforeControl(frame: HTMLIFrameElement, violations: readonly string[]): Promise<string[]> {
  expect(() => (frame.contentDocument!.createElement('div').innerHTML = 'csp-control')).to.throw(/TrustedHTML/);
  await waitUntil(() => violations.filter((v) => v.includes('csp-control')).length === 2, 'the control was not reported');
  return violations.filter((v) => !v.includes('csp-control'));
}

/** A fixture page in a frame for the tests of a describe block, its console and its violations watched from the start. */
function strictPage(path: string): { frame: HTMLIFrameElement; printed: Console; violations: string[] } {
  const page = {} as ReturnType<typeof strictPage>;
  before(async () => {
    ({ frame: page.frame, console: page.printed } = await openFrame(path));
    page.violations = watchViolations(page.frame);
  });
  after(() => page.frame.remove());
  return page;
}

describe('examples/csp.html: the bundle under a strict Content Security Policy with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let printed: Console;
  let violations: string[];

  before(async () => {
    ({ frame, console: printed } = await openFrame('/examples/csp.html'));
    doc = frame.contentDocument!;
    violations = watchViolations(frame);
    await waitForDeep(frame, '[part~="agenda"] li', 'the full card did not render');
    await waitForDeep(frame, '[part~="description"] ol > li', 'the rich-text description did not render');
    await waitForDeep(frame, '[part~="list"] > [part~="item"]', 'the speaker list did not render');
    await waitForDeep(frame, 'li.cell > button[part~="session"]', 'the timeline grid did not render');
    await waitUntil(() => visibleText(doc.body).includes('has ended'), 'the event status did not render');
  });

  after(() => frame.remove());

  it('is served with the strict policy', async () => {
    const policy = (await fetch('/examples/csp.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.include("style-src 'self';");
    expect(policy).to.include("require-trusted-types-for 'script'");
  });

  it('renders every component', () => {
    const text = visibleText(doc.body);
    expect(text).to.include('IGF 2014 has ended');
    expect(text).to.include('IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    expect(text).to.match(/Attendees \(0\)/);
    expect(text).to.include('Peter Major');
    expect(deepQueryAll(doc, '[part~="initials"]').length, 'initials on their colour').to.be.greaterThan(0);
  });

  it('writes the card\'s JSON-LD through its Trusted Types policy (checked for violations below)', async () => {
    await waitUntil(() => doc.querySelector('session-card > script[type="application/ld+json"]'), 'no JSON-LD was written');
    const script = doc.querySelector('session-card > script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@graph': { name: string }[] };
    expect(data['@graph'].map((event) => event.name)).to.deep.equal(['WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected']);
  });

  it('applies the bound styles through CSSOM, which the policy allows', () => {
    const initials = deepQueryAll(doc, '[part~="initials"]')[0]!;
    expect(initials.style.getPropertyValue('--_initials-background')).to.match(/^light-dark\(/);
    const cell = deepQueryAll(doc, 'li.cell')[0]!;
    expect(cell.style.getPropertyValue('inset-block-start')).to.match(/^\d+px$/);
    expect(getComputedStyle(cell).insetBlockStart).to.match(/px$/);
  });

  it('reports no violation and no error while loading, rendering and being used', async () => {
    deepQueryAll(doc, 'button').find((b) => b.textContent!.trim().startsWith('Read more'))?.click();
    deepQueryAll<HTMLButtonElement>(doc, 'button[part~="session"]')[0]!.click();
    await waitUntil(() => deepQueryAll<HTMLDialogElement>(doc, 'dialog').some((d) => d.open), 'the session dialog did not open');
    await waitUntil(() => deepQueryAll(doc, 'dialog session-card').length > 0, 'no card in the dialog');

    expect(await violationsBeforeControl(frame, violations), 'violations').to.deep.equal([]);
    expect(printed.errors, 'errors').to.deep.equal([]);
    expect(printed.warnings, 'warnings').to.deep.equal([]);
  });
});

describe('a strict page whose trusted-types names lit-html alone, in a browser without the HTML Sanitizer API', () => {
  let frame: HTMLIFrameElement;
  let printed: Console;
  let violations: string[];

  before(async () => {
    ({ frame, console: printed } = await openFrame('/test/fixtures/pages/trusted-types.html'));
    violations = watchViolations(frame);
    await waitUntil(() => visibleText(frame.contentDocument!.body).includes('Ana works on press freedom'), 'the bio did not render', { timeout: 7000 });
    // DOMPurify arrives after the first paint (shown plain meanwhile); the policy is asked for then.
    await waitUntil(() => printed.warnings.some((w) => w.includes('no HTML Sanitizer API')), 'DOMPurify was not loaded', { timeout: 7000 });
  });

  after(() => frame.remove());

  it('shows the descriptions and bios as plain text, says once what the page needs, and reports the refused policy once, not each text', async () => {
    const doc = frame.contentDocument!;
    const text = visibleText(doc.body);
    // Markdown as written (its plain form), HTML without its tags: never markup.
    for (const words of ['Why publish open data?', 'Reuse', 'Which **licences** help content travel?', 'Creative Commons']) expect(text).to.include(words);
    expect(text).not.to.include('<');
    expect(deepQueryAll(doc, '[part~="description"] li, [part~="bio"] strong'), 'formatted, which the page refuses').to.have.length(0);

    // The reports (buffered: each one, whenever it came); the events arrive only from the test's listener on.
    // The schedule.xml's parse is reported too (the test below): one sink, once.
    const reports = (await violationsBeforeControl(frame, violations)).filter((v) => v.startsWith('report:') && !v.includes('DOMParser parseFromString'));
    expect(reports, 'violations').to.deep.equal(['report: trusted-types trusted-types-policy schedule-elements']);
    expect(printed.warnings.filter((w) => w.includes('no HTML Sanitizer API')), 'warnings').to.deep.equal([
      "schedule-elements: this browser has no HTML Sanitizer API, so HTML and Markdown descriptions and bios need the Trusted Types policy 'schedule-elements' too; they are shown as plain text.",
    ]);
    expect(printed.errors.filter((e) => !e.includes('frab-schedule.xml')), 'errors').to.deep.equal([]);
  });

  it('says which policy a schedule.xml feed needs, which the page refuses', async () => {
    await waitUntil(() => visibleText(frame.contentDocument!.getElementById('xml')!).includes('could not be read'), 'the schedule.xml was read', { timeout: 7000 });
    expect(printed.warnings.filter((w) => w.includes("policy 'schedule-elements' in"))).to.deep.equal([
      "schedule-elements: json-ld and schedule.xml feeds need the Trusted Types policy 'schedule-elements' in the trusted-types directive of this page's Content-Security-Policy.",
    ]);
  });
});

describe('a schedule.xml feed on a page enforcing the Trusted Types policies the docs name', () => {
  const page = strictPage('/test/fixtures/pages/trusted-types-xml.html');

  it('shows the programme, with no violation and no error', async () => {
    const { frame, printed, violations } = page;
    const doc = frame.contentDocument!;
    await waitUntil(() => /Hackers on the Lake 2026|could not/.test(visibleText(doc.body)), 'nothing was shown', { timeout: 7000 });
    const text = visibleText(doc.body);
    expect(text).to.include('Hackers on the Lake 2026 has ended');
    expect(text).to.include('Opening & welcome');

    expect(await violationsBeforeControl(frame, violations), 'violations').to.deep.equal([]);
    expect(printed.errors, 'errors').to.deep.equal([]);
  });
});

describe('a strict page with a DOMPurify of its own, in a browser without the HTML Sanitizer API', () => {
  const page = strictPage('/test/fixtures/pages/trusted-types-own-dompurify.html');

  it('formats the description, and leaves the page its own DOMPurify\'s policy', async () => {
    const { frame, printed, violations } = page;
    const doc = frame.contentDocument!;
    await waitForDeep(frame, '[part~="description"] ol > li', 'the description was not formatted');
    expect(visibleText(doc.body)).to.include('Why publish open data? Reuse Trust');
    // The page's DOMPurify makes its policy on its first use, after the components' (DOMPurify's own createPolicy call).
    const types = (frame.contentWindow as FrameWindow & { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    expect(() => types.createPolicy('dompurify', { createHTML: (html: string) => html, createScriptURL: (url: string) => url })).not.to.throw();

    expect(await violationsBeforeControl(frame, violations), 'violations').to.deep.equal([]);
    expect(printed.errors, 'errors').to.deep.equal([]);
    // The page runs the sources, where Lit warns of its dev mode.
    expect(printed.warnings.filter((w) => !w.startsWith('Lit is in dev mode')), 'warnings').to.deep.equal([]);
  });
});

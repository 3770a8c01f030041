import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import type { RichText, TextFormat } from '../../src/data/model.js';
import { richText, setRichTextImporters } from '../../src/internal/rich-text.js';
import { warnings } from '../console.helpers.js';
import { waitUntil } from '../wait.js';

/** What sanitized output may hold: the allow-list, plus the link attributes added to it. */
const ALLOWED_ELEMENTS = new Set([
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'span',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'lang', 'dir', 'start', 'target', 'rel']);
/** A URL that runs or embeds something, once the characters a URL parser skips are taken out. */
const UNSAFE_URL = /^(?:javascript|data|vbscript):/i;
// eslint-disable-next-line no-control-regex -- URL parsers skip these, so an attacker pads with them
const URL_SKIPPED = /[\u0000-\u0020\u00a0]/g;

/** The payloads the component tests already use (session-card, speaker-card, agenda-timeline, event-status, speaker-avatar). */
const EXISTING_PAYLOADS = [
  '<p>Hi<img src=x onerror="window.hacked = 2"></p><script>window.hacked = 3</script>' +
    '<a href="javascript:window.hacked = 4">bad</a> <a href="https://example.org/">good</a>',
  '<p>Hi<img src=x onerror="window.__pwned = true"><script>window.__pwned = true</script> <a href="javascript:window.__pwned = true">click</a></p>',
  '<img src=x onerror="window.hacked=1">Talk',
  '<script>window.hacked=1</script>',
  '<img src=x onerror="window.pwned=1">Eve',
  '<script>window.pwned=1</script>',
];
/** The globals those payloads set. */
const EXISTING_FLAGS = ['hacked', '__pwned', 'pwned'] as const;

/**
 * Classic payloads; `XSS` stands for a call that records the payload's number (`xss(7)`), so that
 * an execution names its payload. From the OWASP filter evasion cheat sheet, DOMPurify's and
 * html5sec.org's lists: handlers, script URLs in many spellings, SVG and MathML, mutation XSS.
 */
const CLASSIC_PAYLOADS = [
  '<img src=x onerror=XSS>',
  '<svg onload=XSS>',
  '<svg><script>XSS</script></svg>',
  '<body onload=XSS>',
  '<iframe src="javascript:XSS"></iframe>',
  '<iframe srcdoc="<script>parent.XSS</script>"></iframe>',
  '<a href="javascript:XSS">plain</a>',
  '<a href="JaVaScRiPt:XSS">mixed case</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;XSS">decimal</a>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058XSS">padded</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;XSS">hex</a>',
  '<a href="java&#x09;script:XSS">tab</a>',
  '<a href="java\nscript:XSS">newline</a>',
  '<a href=" &#14;  javascript:XSS">leading control</a>',
  '<a href="javascript&colon;XSS">named colon</a>',
  '<a href="j&Tab;a&Tab;v&Tab;a&Tab;script:XSS">named tabs</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data base64</a>',
  '<a href="data:text/html,<script>parent.XSS</script>">data</a>',
  '<a href="vbscript:msgbox(XSS)">vbscript</a>',
  '<a href="VbScRiPt&#58;XSS">vbscript entity</a>',
  '<p href="javascript:XSS">href on a paragraph</p>',
  '<a href="#" onclick="XSS">onclick</a>',
  '<p onmouseover=XSS>hover</p>',
  '<details open ontoggle=XSS>toggle</details>',
  '<input autofocus onfocus=XSS>',
  '<video><source onerror=XSS></video>',
  '<audio src=x onerror=XSS></audio>',
  '<marquee onstart=XSS>marquee</marquee>',
  '<svg><animate onbegin=XSS attributeName=x dur=1s></svg>',
  '<svg><a xlink:href="javascript:XSS"><text x="20" y="20">svg link</text></a></svg>',
  '<svg><set attributeName="href" to="javascript:XSS"/></svg>',
  '<svg><style><img src=x onerror=XSS></style></svg>',
  '<math href="javascript:XSS">math link</math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=XSS>',
  '<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=XSS>">',
  '<template><img src=x onerror=XSS></template>',
  '<div><template shadowrootmode="open"><img src=x onerror=XSS></template></div>',
  '<noscript><p title="</noscript><img src=x onerror=XSS>"></noscript>',
  '<form action="javascript:XSS"><button>form action</button></form>',
  '<form><button formaction="javascript:XSS">formaction</button></form>',
  '<form><form action="javascript:XSS"><input type=submit value="nested form"></form></form>',
  '<form id=f></form><button form=f formaction="javascript:XSS">form attribute</button>',
  '<input type=image src=x onerror=XSS>',
  '<img srcset="x 1x, javascript:XSS 2x" onerror=XSS>',
  '<picture><source srcset="javascript:XSS"><img src=x onerror=XSS></picture>',
  '<p style="background:url(javascript:XSS)">style url</p>',
  '<span style="width: expression(XSS)">style expression</span>',
  '<style>@import "javascript:XSS";</style>',
  '<object data="javascript:XSS"></object>',
  '<embed src="javascript:XSS">',
  '<link rel=stylesheet href="javascript:XSS">',
  '<meta http-equiv="refresh" content="0;url=javascript:XSS">',
  '<base href="javascript:XSS//">',
  '<scr<script>ipt>XSS</script>',
  '<<script>XSS//<</script>',
  '<img """><script>XSS</script>">',
  '<!--<img src="--><img src=x onerror=XSS//">',
  '<span title="&quot;&gt;&lt;img src=x onerror=XSS&gt;">escaped in an attribute</span>',
].map((payload, i) => payload.replaceAll('XSS', `xss(${i})`));

const PAYLOADS = [...EXISTING_PAYLOADS, ...CLASSIC_PAYLOADS];

/** The numbers of the classic payloads that ran. */
const ran: number[] = [];
/** The canaries that ran: the test's own unsanitized markup, to know that handlers had their chance. */
const canaries = new Set<string>();
Object.assign(window, { xss: (n: number) => ran.push(n), canary: (name: string) => canaries.add(name) });

/** Every handler attribute, unsafe URL, and element or attribute outside the allow-list, in `root`. */
function audit(root: Element): { handlers: string[]; unsafeUrls: string[]; outsideAllowList: string[] } {
  const found = { handlers: [] as string[], unsafeUrls: [] as string[], outsideAllowList: [] as string[] };
  for (const element of root.querySelectorAll('*')) {
    const name = element.localName;
    if (!ALLOWED_ELEMENTS.has(name) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.outsideAllowList.push(`<${name}>`);
    if (element.shadowRoot) found.outsideAllowList.push(`a shadow root on <${name}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.handlers.push(`<${name} ${attribute.name}>`);
      if (UNSAFE_URL.test(attribute.value.replace(URL_SKIPPED, ''))) found.unsafeUrls.push(`<${name} ${attribute.name}="${attribute.value}">`);
      if (!ALLOWED_ATTRIBUTES.has(attribute.name)) found.outsideAllowList.push(`<${name} ${attribute.name}>`);
    }
  }
  return found;
}

/**
 * Waits until the page has run the handlers of the test's own unsanitized canaries (an image that
 * fails to decode, a details element that opens), so that a payload's handler would have run too.
 */
async function handlersHadTheirChance(): Promise<void> {
  canaries.clear();
  const scratch = document.createElement('div');
  scratch.innerHTML =
    '<img src="/src/sample/igf-2014.json?canary" onerror="canary(\'image\')"><details open ontoggle="canary(\'toggle\')"></details>';
  document.body.append(scratch);
  await waitUntil(() => canaries.size === 2, 'the canaries never ran');
  scratch.remove();
}

/** Each payload rendered by the directive in a section of its own. */
function sections(format: TextFormat): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<div>${PAYLOADS.map((source, i) => html`<section data-payload=${i}>${richText({ format, source })}</section>`)}</div>`,
  );
}

/** Renders `text` with the directive in a plain element of the page. */
function shown(text: RichText): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${richText(text)}</div>`);
}

/** The text of each paragraph in `el`, a line break as `\n` (Lit's comment markers left out). */
function paragraphs(el: HTMLElement): string[] {
  const text = (node: Node) => (node.nodeName === 'BR' ? '\n' : node.nodeType === Node.COMMENT_NODE ? '' : node.textContent);
  return [...el.querySelectorAll('p')].map((p) => [...p.childNodes].map(text).join(''));
}

/** Renders `<strong>` text in `format` and waits until it shows formatted: the modules it needs are here. */
async function warmUp(format: 'html' | 'markdown'): Promise<void> {
  const el = await shown({ format, source: format === 'html' ? '<strong>ready</strong>' : '**ready**' });
  await waitUntil(() => el.querySelector('strong'), `${format} never showed formatted`);
}

type SetHTML = (html: string, options: object) => void;
const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');

/** A way of sanitizing: runs `run` with it in force, then puts the browser back. */
interface Engine {
  readonly name: string;
  use(run: () => Promise<void>): Promise<void>;
}

const ENGINES: readonly Engine[] = [
  {
    name: "the browser's HTML Sanitizer API",
    /** Counts the calls of `setHTML`: the test fails if this path never ran. */
    async use(run) {
      const original = setHTML!.value as SetHTML;
      let calls = 0;
      Object.defineProperty(Element.prototype, 'setHTML', {
        ...setHTML,
        value(this: Element, ...args: Parameters<SetHTML>) {
          calls++;
          original.apply(this, args);
        },
      });
      try {
        await run();
      } finally {
        Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
      }
      expect(calls, 'setHTML was never called').to.be.greaterThan(0);
    },
  },
  {
    name: 'DOMPurify (no HTML Sanitizer API)',
    /** Takes `setHTML` away, as in a browser without the API, and loads DOMPurify first. */
    async use(run) {
      delete (Element.prototype as { setHTML?: SetHTML }).setHTML;
      try {
        await warmUp('html');
        await run();
      } finally {
        Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
      }
    },
  },
];

describe('richText', () => {
  before(() => {
    expect(setHTML, 'this browser has no HTML Sanitizer API: only one path would be tested').not.to.equal(undefined);
  });

  afterEach(() => {
    ran.length = 0;
    for (const flag of EXISTING_FLAGS) Reflect.deleteProperty(window, flag);
  });

  for (const engine of ENGINES) {
    describe(`through ${engine.name}`, () => {
      for (const format of ['html', 'markdown'] as const) {
        it(`runs none of ${PAYLOADS.length} payloads as ${format}, and keeps no handler, unsafe URL or element outside the allow-list`, () =>
          engine.use(async () => {
            if (format === 'markdown') await warmUp('markdown');
            const el = await sections(format);
            await handlersHadTheirChance();
            const executions = [...ran, ...EXISTING_FLAGS.filter((flag) => flag in window)];
            const offences = [...el.querySelectorAll('section')].map((section) => ({ payload: section.dataset['payload'], ...audit(section) }));
            expect(executions, 'payloads that ran').to.deep.equal([]);
            expect(offences.flatMap((o) => o.handlers.map((h) => `${o.payload}: ${h}`)), 'handler attributes').to.deep.equal([]);
            expect(offences.flatMap((o) => o.unsafeUrls.map((u) => `${o.payload}: ${u}`)), 'unsafe URLs').to.deep.equal([]);
            expect(offences.flatMap((o) => o.outsideAllowList.map((x) => `${o.payload}: ${x}`)), 'outside the allow-list').to.deep.equal([]);
            expect(el.querySelector('a[href="https://example.org/"]')!.getAttribute('rel')).to.equal('noopener noreferrer');
          }));
      }

      it('keeps the allowed structure and safe links, and opens links in a new tab', () =>
        engine.use(async () => {
          const el = await shown({
            format: 'html',
            source:
              '<h2>About</h2><p lang="fr" dir="ltr" title="t">Un <a href="https://example.org/a">lien</a>, ' +
              '<a href="mailto:x@example.org">mail</a>, <a href="/relative">relative</a>, <a href="ftp://example.org/">ftp</a></p>' +
              '<ol start="3"><li>three</li></ol>',
          });
          expect(el.querySelector('p')!.getAttribute('lang')).to.equal('fr');
          expect(el.querySelector('ol')!.getAttribute('start')).to.equal('3');
          expect(el.textContent).to.contain('About');
          const links = [...el.querySelectorAll('a')];
          expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a', 'mailto:x@example.org', '/relative', null]);
          for (const link of links.slice(0, 3)) {
            expect(link.getAttribute('target')).to.equal('_blank');
            expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
          }
          expect(links[3]!.hasAttribute('target'), 'a link without an address opens nothing').to.equal(false);
        }));

      it('requests nothing while sanitizing, not even for an <img src>', () =>
        engine.use(async () => {
          const probe = `/src/sample/igf-2014.json?rich-text-probe-${Math.random()}`;
          await shown({
            format: 'html',
            source:
              `<p>x<img src="${probe}&img"><video poster="${probe}&poster"></video><input type=image src="${probe}&input">` +
              `<picture><source srcset="${probe}&srcset"><img src="${probe}&picture"></picture><object data="${probe}&object"></object>` +
              `<link rel=stylesheet href="${probe}&link"><svg><image href="${probe}&svg"/></svg><table background="${probe}&table"></table></p>`,
          });
          // A request of the test's own must show up, so that the page had time to make the others.
          const control = new Image();
          control.src = `${probe}&control`;
          await waitUntil(() => performance.getEntriesByName(control.src).length > 0, 'the control request never showed');
          const requested = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes(probe));
          expect(requested).to.deep.equal([control.src]);
        }));
    });
  }

  it('gives the same DOM through both paths for the HTML feeds write', async () => {
    const source =
      '<div><h1>Title</h1><h2>About</h2><p>Text with <a href="https://example.org/">a link</a>, <em>em</em>, <strong>strong</strong>, ' +
      '<code>code</code>, <mark>marked</mark> and <font color="red">legacy</font> <span lang="fr" dir="ltr" title="t">bonjour</span>.</p>' +
      '<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol start="3"><li>three</li></ol><hr><blockquote>quote</blockquote>' +
      '<pre>pre\n  formatted</pre><section><h3>Three</h3><p>in a section</p></section><dl><dt>term</dt><dd>definition</dd></dl>' +
      '<table><tbody><tr><td>cell</td></tr></tbody></table><p>a<br>b <sub>sub</sub><sup>sup</sup> <s>s</s> <u>u</u> <small>small</small></p>' +
      '<!-- a comment --><p><a href="mailto:x@example.org">mail</a> <a href="/relative">relative</a> <a href="#fragment">fragment</a></p></div>';
    const outputs: string[] = [];
    for (const engine of ENGINES) await engine.use(async () => void outputs.push((await shown({ format: 'html', source })).innerHTML));
    expect(outputs[0]).to.contain('<h3>Three</h3>');
    expect(outputs[0]).to.equal(outputs[1]);
  });

  describe('while a module downloads', () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    /** Replaces the download of `name` with one that waits for the returned `arrive()`. */
    function delay(name: 'markdown' | 'sanitizer'): { arrive: () => void } {
      let arrive!: () => void;
      const arrived = new Promise<void>((resolve) => (arrive = resolve));
      restore = setRichTextImporters(
        name === 'markdown'
          ? { markdown: () => arrived.then(() => import('../../src/internal/markdown.js')) }
          : { sanitizer: () => arrived.then(() => import('../../src/internal/sanitizer.js')) },
      );
      return { arrive };
    }

    it('shows Markdown as plain text without its tags, then formatted once marked is here', async () => {
      const { arrive } = delay('markdown');
      const el = await shown({ format: 'markdown', source: '# Title\n\nSome **bold** <b>html</b> and a [link](https://example.org/).\n\n- one\n- two' });
      expect(el.querySelector('strong, b, a, li')).to.equal(null);
      expect(paragraphs(el)).to.deep.equal(['# Title', 'Some **bold** html and a [link](https://example.org/).', '- one\n- two']);
      arrive();
      await waitUntil(() => el.querySelector('strong'), 'the Markdown never showed formatted');
      expect(el.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
      expect(el.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(el.querySelectorAll('li')).to.have.length(2);
      expect(el.querySelector('b')!.textContent).to.equal('html');
    });

    it('shows HTML as its text, never its tags, until DOMPurify is here', async () => {
      const { arrive } = delay('sanitizer');
      delete (Element.prototype as { setHTML?: SetHTML }).setHTML;
      try {
        const el = await shown({ format: 'html', source: '<p>Hello <b>world</b></p><script>xss(-1)</script><p>Again<img src=x onerror=xss(-2)></p>' });
        expect(el.querySelector('b, img, script')).to.equal(null);
        expect(paragraphs(el)).to.deep.equal(['Hello world', 'Again']);
        arrive();
        await waitUntil(() => el.querySelector('b'), 'the HTML never showed formatted');
        expect(el.querySelector('img, script')).to.equal(null);
        expect(ran).to.deep.equal([]);
      } finally {
        Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
      }
    });
  });

  describe('when a file beside the bundle is missing', () => {
    let restore: (() => void) | undefined;
    let rejections: PromiseRejectionEvent[];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event);
    beforeEach(() => {
      rejections = [];
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      restore?.();
      window.removeEventListener('unhandledrejection', onRejection);
    });

    /** Makes the download of `name` fail as a missing file does; counts the attempts. */
    function missing(name: 'markdown' | 'sanitizer'): { readonly attempts: number } {
      const counter = { attempts: 0 };
      restore = setRichTextImporters({
        [name]: () => {
          counter.attempts++;
          return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: /schedule-elements-${name}.min.js`));
        },
      });
      return counter;
    }

    it('says once that schedule-elements-markdown.min.js is missing, keeps Markdown as plain text and asks no more', async () => {
      const counter = missing('markdown');
      let first!: HTMLElement;
      let later!: HTMLElement;
      const seen = await warnings(async () => {
        first = await shown({ format: 'markdown', source: 'A **first** text' });
        await shown({ format: 'markdown', source: 'A **second** text' });
        await waitUntil(() => counter.attempts > 0);
        await nextFrame();
        later = await shown({ format: 'markdown', source: 'A **later** text' });
        await nextFrame();
      });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('schedule-elements-markdown.min.js').and.contain('shown as plain text');
      expect(counter.attempts).to.equal(1);
      expect(first.textContent).to.equal('A **first** text');
      expect(later.textContent).to.equal('A **later** text');
      expect(first.querySelector('strong')).to.equal(null);
      expect(rejections).to.deep.equal([]);
    });

    it('says once that schedule-elements-sanitizer.min.js is missing, keeps HTML as its text and loads nothing it names', async () => {
      const counter = missing('sanitizer');
      const probe = `/src/sample/igf-2014.json?rich-text-missing-${Math.random()}`;
      delete (Element.prototype as { setHTML?: SetHTML }).setHTML;
      try {
        let el!: HTMLElement;
        const seen = await warnings(async () => {
          el = await shown({ format: 'html', source: `<p>Hello <b>world</b><img src="${probe}" onerror="xss(-3)"></p><script>xss(-4)</script>` });
          await shown({ format: 'markdown', source: 'Some **Markdown**' });
          await waitUntil(() => counter.attempts > 0);
          await nextFrame();
        });
        expect(seen).to.have.length(1);
        expect(seen[0]).to.contain('schedule-elements-sanitizer.min.js').and.contain('no HTML Sanitizer API');
        expect(counter.attempts).to.equal(1);
        expect(paragraphs(el)).to.deep.equal(['Hello world']);
        expect(el.querySelector('b, img, script')).to.equal(null);
        await handlersHadTheirChance();
        expect(ran).to.deep.equal([]);
        expect(performance.getEntriesByType('resource').filter((entry) => entry.name.includes(probe))).to.deep.equal([]);
        expect(rejections).to.deep.equal([]);
      } finally {
        Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
      }
    });
  });
});

/**
 * `schedule-elements serve`: a local preview of one feed with every component, on 127.0.0.1. The
 * page loads the package's own single-file bundle; the feed is served converted to v1.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedV1, Schedule } from '../data/model.js';
import { CliError } from './feed-file.js';
import { escapeHtml } from '../internal/escape-html.js';

/** The package's dist/ folder: from src/cli (tsx) and from dist/cli (the published tool) alike. */
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUNDLE = 'schedule-elements.min.js';

/** The bundle, its lazily loaded adapters chunk and their source maps: the only files served from dist/. */
const BUNDLE_FILES = /^\/(schedule-elements(?:-adapters)?\.min\.js(?:\.map)?)$/;

const dayHeading = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeZone: 'UTC' });

/** The preview page: status, a timeline when the bundle has one, compact cards per day, speakers. */
export function previewPage(schedule: Schedule, source: string): string {
  const days = schedule.days
    .filter((day) => day.sessions.length > 0)
    .map(
      (day) => `
    <section>
      <h3><time datetime="${day.date}">${dayHeading.format(new Date(`${day.date}T00:00:00Z`))}</time></h3>
      <div class="grid">
        ${day.sessions.map((s) => `<session-card src="/feed.json" session-id="${escapeHtml(s.id)}"></session-card>`).join('\n        ')}
      </div>
    </section>`,
    )
    .join('');
  const name = escapeHtml(schedule.event.name);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${name}: schedule-elements preview</title>
    <script type="module" src="/${BUNDLE}"></script>
    <style>
      :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
      body { margin: 0 auto; max-width: 80rem; padding: 1rem; }
      .grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); }
    </style>
  </head>
  <body>
    <header>
      <h1>${name}</h1>
      <p>${escapeHtml(basename(source))}: ${schedule.sessions.length} sessions, ${schedule.people.length} people.
        The converted feed: <a href="/feed.json">/feed.json</a>.</p>
    </header>
    <event-status src="/feed.json"></event-status>
    <section id="timeline" hidden><h2>Agenda</h2></section>
    <h2>Sessions</h2>${days}
    <h2>Speakers</h2>
    <speaker-list src="/feed.json"></speaker-list>
    <script type="module">
      // <agenda-timeline> is shown when this build of the bundle defines it.
      if (customElements.get('agenda-timeline')) {
        const timeline = document.createElement('agenda-timeline');
        timeline.setAttribute('src', '/feed.json');
        const section = document.getElementById('timeline');
        section.append(timeline);
        section.hidden = false;
      }
    </script>
  </body>
</html>
`;
}

/** Serves the preview of `feed` on 127.0.0.1:`port` (0: any free port); resolves once listening. */
export async function servePreview(feed: FeedV1, schedule: Schedule, source: string, port: number): Promise<Server> {
  if (!existsSync(DIST + BUNDLE)) {
    console.error(`schedule-elements: warning: ${DIST}${BUNDLE} is missing (run npm run build); the page will stay empty.`);
  }
  const page = previewPage(schedule, source);
  const json = JSON.stringify(feed);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = (status: number, type: string, body: string | Buffer) =>
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    if (path === '/' || path === '/index.html') return send(200, 'text/html; charset=utf-8', page);
    if (path === '/feed.json') return send(200, 'application/json; charset=utf-8', json);
    const file = BUNDLE_FILES.exec(path)?.[1];
    if (!file) return send(404, 'text/plain; charset=utf-8', 'not found');
    readFile(DIST + file).then(
      (body) => send(200, `${file.endsWith('.map') ? 'application/json' : 'text/javascript'}; charset=utf-8`, body),
      () => send(404, 'text/plain; charset=utf-8', `${file} is not built: run npm run build`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new CliError(`port ${port} is in use: pick another with --port`)
          : new CliError(`cannot listen on 127.0.0.1:${port}: ${error.message}`),
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/** The address the server listens on. */
export function serverUrl(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/**
 * A feed server that fails on purpose, for test/components/feed-loading.test.ts: a web-test-runner
 * middleware under /test-server/. Each request names a `key`, whose counters the server keeps.
 *
 *   /test-server/feed?key=K            a one-session v1 feed, its title from `title` (default "A talk")
 *     &delay=MS                        answers after MS ms (a client that gives up first counts as `closed`)
 *     &fail=N&status=S                 the first N requests answer status S (default 500), then the feed
 *     &status=S                        always answers status S (404, 500 …)
 *     &retryAfter=V                    a failing answer carries Retry-After: V (seconds, or an HTTP date)
 *     &mode=invalid-json               200 with a body that is not JSON
 *     &mode=drop                       drops the connection without an answer
 *     &mode=drop-mid-body              sends 200, its headers and half the body, then drops the connection
 *     &etag=1                          sends an ETag, and 304 to a matching If-None-Match
 *     &feed=program                    a programme of four sessions over two days instead of one session;
 *                                      &version=2 is that programme changed (one moved, one cancelled, one added)
 *   /test-server/set?key=K&name=value  from now on, requests of K answer as if their query had name=value
 *                                      (`mode=drop`, `version=2`, `status=500`…; `mode=` with no value removes it)
 *   /test-server/count?key=K           the counters of K: { requests, ok, notModified, closed }
 *   /test-server/reset                 forgets every counter and setting
 */
const counters = new Map();
/** key → the query values that /test-server/set put over its requests' own. */
const settings = new Map();

function countersOf(key) {
  let counts = counters.get(key);
  if (!counts) counters.set(key, (counts = { requests: 0, ok: 0, notModified: 0, closed: 0 }));
  return counts;
}

/** The two-day programme, and (version 2) the same after a change: moved, cancelled and added sessions. */
function programText(version) {
  const day1 = '2014-09-02';
  const day2 = '2014-09-03';
  const session = (id, title, date, hour, roomId) => ({
    id,
    title,
    start: `${date}T${String(hour).padStart(2, '0')}:00:00+03:00`,
    duration: 'PT1H',
    roomId,
  });
  const sessions =
    version === '2'
      ? [
          session('opening', 'Opening of the summit', day1, 9, 'hall'),
          session('panel', 'Internet governance panel', day1, 15, 'annex'), // moved from 11:00, Hall
          session('closing', 'Closing remarks', day2, 16, 'hall'),
          session('added', 'Internet of things clinic', day1, 13, 'annex'), // added
        ]
      : [
          session('opening', 'Opening of the summit', day1, 9, 'hall'),
          session('panel', 'Internet governance panel', day1, 11, 'hall'),
          session('dropped', 'Internet safety workshop', day1, 14, 'annex'), // cancelled in version 2
          session('closing', 'Closing remarks', day2, 16, 'hall'),
        ];
  return JSON.stringify({
    version: 1,
    event: { id: 'test-program', name: 'Test Summit', timeZone: 'Europe/Istanbul' },
    rooms: [
      { id: 'hall', name: 'Main hall' },
      { id: 'annex', name: 'Annex' },
    ],
    sessions,
  });
}

function feedText(title) {
  return JSON.stringify({
    version: 1,
    event: { name: 'Test Summit', timeZone: 'Europe/Istanbul' },
    sessions: [{ id: 'talk', title, start: '2014-09-02T11:00:00+03:00', duration: 'PT1H' }],
  });
}

/** A weak validator that changes with the body. */
function etagOf(text) {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return `W/"${(hash >>> 0).toString(16)}"`;
}

/** Waits `ms`; resolves false when the client closed the connection first. */
function delay(context, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    context.res.once('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

export async function feedTestServer(context, next) {
  if (!context.path.startsWith('/test-server/')) return next();
  const key = String(context.query.key ?? '');
  context.set('cache-control', 'no-store');
  if (context.path === '/test-server/reset') {
    counters.clear();
    settings.clear();
    context.body = { reset: true };
    return;
  }
  if (context.path === '/test-server/count') {
    context.body = countersOf(key);
    return;
  }
  if (context.path === '/test-server/set') {
    const set = { ...settings.get(key) };
    for (const [name, value] of Object.entries(context.query)) if (name !== 'key') set[name] = value;
    settings.set(key, set);
    context.body = set;
    return;
  }
  if (context.path !== '/test-server/feed') return next();

  const query = Object.fromEntries(Object.entries({ ...context.query, ...settings.get(key) }).filter(([, value]) => value !== ''));
  const counts = countersOf(key);
  counts.requests++;
  if (query.delay && !(await delay(context, Number(query.delay)))) {
    counts.closed++;
    context.respond = false;
    return;
  }
  if (query.mode === 'drop') {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  const failing = query.fail === undefined ? query.status !== undefined : counts.requests <= Number(query.fail);
  if (failing) {
    context.status = Number(query.status ?? 500);
    if (query.retryAfter) context.set('Retry-After', String(query.retryAfter));
    context.body = 'failed on purpose';
    return;
  }
  if (query.mode === 'invalid-json') {
    context.type = 'application/json';
    context.body = '{ "version": 1, "event": ';
    return;
  }
  const text = query.feed === 'program' ? programText(query.version) : feedText(String(query.title ?? 'A talk'));
  if (query.mode === 'drop-mid-body') {
    // Headers and a content-length for the whole body, half of it, then the connection goes.
    context.respond = false;
    const { res } = context;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store' });
    res.write(text.slice(0, text.length >> 1), () => setTimeout(() => context.req.socket.destroy(), 20));
    return;
  }
  if (query.etag) {
    const etag = etagOf(text);
    context.set('etag', etag);
    if (context.get('if-none-match') === etag) {
      counts.notModified++;
      context.status = 304;
      return;
    }
  }
  counts.ok++;
  context.type = 'application/json';
  context.body = text;
}

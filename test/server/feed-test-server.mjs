/**
 * A feed server that fails on purpose, for test/components/feed-loading.test.ts: a web-test-runner
 * middleware under /test-server/. Each request names a `key`, whose counters the server keeps.
 *
 *   /test-server/feed?key=K            a one-session v1 feed, its title from `title` (default "A talk")
 *     &delay=MS                        answers after MS ms (a client that gives up first counts as `closed`)
 *     &fail=N&status=S                 the first N requests answer status S (default 500), then the feed
 *     &status=S                        always answers status S (404, 500 …)
 *     &mode=invalid-json               200 with a body that is not JSON
 *     &mode=drop                       drops the connection without an answer
 *     &etag=1                          sends an ETag, and 304 to a matching If-None-Match
 *   /test-server/count?key=K           the counters of K: { requests, ok, notModified, closed }
 *   /test-server/reset                 forgets every counter
 */
const counters = new Map();

function countersOf(key) {
  let counts = counters.get(key);
  if (!counts) counters.set(key, (counts = { requests: 0, ok: 0, notModified: 0, closed: 0 }));
  return counts;
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
  const { query } = context;
  const key = String(query.key ?? '');
  context.set('cache-control', 'no-store');
  if (context.path === '/test-server/reset') {
    counters.clear();
    context.body = { reset: true };
    return;
  }
  if (context.path === '/test-server/count') {
    context.body = countersOf(key);
    return;
  }
  if (context.path !== '/test-server/feed') return next();

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
    context.body = 'failed on purpose';
    return;
  }
  if (query.mode === 'invalid-json') {
    context.type = 'application/json';
    context.body = '{ "version": 1, "event": ';
    return;
  }
  const text = feedText(String(query.title ?? 'A talk'));
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

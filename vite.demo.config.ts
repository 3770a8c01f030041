import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, searchForWorkspaceRoot, type Plugin } from 'vite';

/**
 * The shared real feeds (never copied into the repository): `$SCHEDULE_FEEDS_DIR`, else
 * `../shared/feeds` beside the clone. demo/adapters.html offers them when the folder exists.
 */
const FEEDS_DIR = resolve(process.env['SCHEDULE_FEEDS_DIR'] ?? '../shared/feeds');

/** Sends the bare address to the demo page, so the URL Vite prints is the one to open. */
const openDemo = (): Plugin => ({
  name: 'open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
});

/**
 * `/demo/shared-feeds.json`: the real feeds as `[{ name, url }]` (an empty list without the
 * folder). Files outside the root are served by Vite under `/@fs/`, once `server.fs.allow` has them.
 */
const sharedFeeds = (): Plugin => ({
  name: 'shared-feeds',
  configureServer(server) {
    server.middlewares.use('/demo/shared-feeds.json', (_req, res) => {
      const names = existsSync(FEEDS_DIR) ? readdirSync(FEEDS_DIR).filter((n) => /\.(json|ics)$/.test(n)).sort() : [];
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(names.map((name) => ({ name, url: `/@fs${join(FEEDS_DIR, name)}` }))));
    });
  },
});

/** `npm start`: the demo pages (demo/) served from source on the built-in sample feed and the adapter samples. */
export default defineConfig({
  plugins: [openDemo(), sharedFeeds()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), FEEDS_DIR] },
  },
});

import { defineConfig, type Plugin } from 'vite';

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

/** `npm start`: the demo page (demo/index.html) served from source on the built-in sample feed. */
export default defineConfig({
  plugins: [openDemo()],
  server: { host: '127.0.0.1', port: 5173 },
});

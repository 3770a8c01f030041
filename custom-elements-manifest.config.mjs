/**
 * Generates custom-elements.json from the component sources (`npm run analyze`).
 * Events come only from `@fires` tags: the analyzer also guesses an event from every
 * `dispatchEvent(new XEvent(arg))` and names it after the argument, which would document
 * events that do not exist ("session", "person").
 */
const documentedEventsOnly = () => ({
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
      }
    }
  },
});

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.define.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly()],
};

// A Vite plugin for builds from the sources (the single-file bundle, `npm run size`): the define
// files (src/define.ts, src/components/*/*.define.ts) register tags, so they have side effects.
// package.json `sideEffects` names only the published files in dist/; this says the same of their
// sources, which the bundler would otherwise drop as unused.
const DEFINE_FILE = /[\\/]src[\\/](?:define|components[\\/][^\\/]+[\\/][^\\/]+\.define)\.ts$/;

export function defineFilesPlugin() {
  return {
    name: 'schedule-elements:define-files',
    transform(code, id) {
      return DEFINE_FILE.test(id.split('?')[0]) ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

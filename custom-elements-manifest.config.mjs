/** Generates custom-elements.json from the component sources (`npm run analyze`). */
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.define.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

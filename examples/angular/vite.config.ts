import { join } from 'node:path';
import { transformAsync } from '@babel/core';
import { ConsoleLogger, createCompilerHost, formatDiagnostics, LogLevel, NodeJSFileSystem, performCompilation, readConfiguration } from '@angular/compiler-cli';
import { createEs2015LinkerPlugin } from '@angular/compiler-cli/linker/babel';
import ts from 'typescript';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Angular compiler ahead of time (ngtsc, what `ngc` and the Angular CLI run): compiles the app
 * from the build's `root` with this folder's tsconfig.json (`strictTemplates`), fails the build on
 * any error, templates included (`(session-select)="select($event)"` gives `$event` the type of the
 * tag's event, `SessionSelectEvent`), and hands Vite the compiled modules, templates as code. The
 * root may be a copy of this folder elsewhere (scripts/pack-examples.mjs).
 */
function angularCompiler(): Plugin {
  const compiled = new Map<string, string>();
  let root = import.meta.dirname;
  return {
    name: 'angular-compiler',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const { options } = readConfiguration(join(import.meta.dirname, 'tsconfig.json'), { noEmit: false, rootDir: root, outDir: root });
      const host = createCompilerHost({ options });
      host.writeFile = (file, text) => compiled.set(file, text);
      const { diagnostics } = performCompilation({ rootNames: [join(root, 'main.ts')], options, host });
      if (diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error)) this.error(formatDiagnostics(diagnostics));
      if (diagnostics.length > 0) this.warn(formatDiagnostics(diagnostics));
    },
    load(id) {
      return compiled.get(id.replace(/\.ts$/, '.js'));
    },
  };
}

/**
 * Angular's own packages ship partly compiled (`ɵɵngDeclare…` calls), for the Angular linker to
 * finish at build time; without it the page would need `@angular/compiler` to finish them (JIT).
 */
function angularLinker(): Plugin {
  const linker = createEs2015LinkerPlugin({ fileSystem: new NodeJSFileSystem(), logger: new ConsoleLogger(LogLevel.warn), linkerJitMode: false });
  return {
    name: 'angular-linker',
    async transform(code, id) {
      if (!code.includes('ɵɵngDeclare')) return undefined;
      const linked = await transformAsync(code, { filename: id, plugins: [linker], configFile: false, babelrc: false, sourceMaps: true });
      return linked?.code ? { code: linked.code, map: linked.map } : undefined;
    },
  };
}

/**
 * The Angular example, compiled ahead of time as an Angular CLI app is, with no compiler in the
 * page; `node scripts/build-examples.mjs` builds it into examples/angular/dist (`vite build` only: the
 * compiler runs once, at the start, and no dev server is set up).
 * `schedule-elements/…` imports resolve as a package referring to itself: to the repository's
 * package.json, whose `exports` point into dist/ — the files npm users get.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [angularCompiler(), angularLinker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One chunk with the app, its framework, the library and the sample feed: large, and that is fine here.
    chunkSizeWarningLimit: 1000,
    // The compiler and the linker take most of the build, as expected: no note about slow plugins.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});

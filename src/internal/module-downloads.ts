import type { LazyModule } from './lazy-module.js';

/**
 * The modules an element asked for on first need: each download starts once, renders the element
 * again when it settles (here, or known to be missing), and {@link settled} lets `updateComplete`
 * wait for them.
 */
export class ModuleDownloads {
  private readonly asked = new Map<LazyModule<unknown>, Promise<void>>();

  constructor(private readonly host: { requestUpdate(): void }) {}

  /** Starts `module`'s download for the element, unless it is here or the element asked already. */
  want(module: LazyModule<unknown>): void {
    if (module.module || this.asked.has(module)) return;
    this.asked.set(module, module.load().then(() => this.host.requestUpdate()));
  }

  /**
   * What `update` (the element's own `updateComplete`) resolves to once every download it asked
   * for, also one asked for while waiting, has settled and been rendered.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    for (const download of this.asked.values()) {
      await download;
      done = await update();
    }
    return done;
  }
}

/**
 * A module downloaded on first need: code that some pages need and most do not. In the single-file
 * build it is a file beside the bundle (schedule-elements-<name>.min.js) that a site may leave out,
 * or, where the bundle holds it, {@link LazyModule.provide}d at once. When its file is missing,
 * that is said once and never asked again.
 */
export class LazyModule<T> {
  /** The module, once here. */
  module?: T;
  /** Whether its download failed (said once in the console): the page goes on without it. */
  missing = false;
  private loading?: Promise<void>;

  /**
   * @param importer downloads it
   * @param file its name beside the single-file build
   * @param without what the page does without it
   */
  constructor(
    private importer: () => Promise<T>,
    private readonly file: string,
    private readonly without: string,
  ) {}

  /** Gives the module now (a bundle that holds it), so that nothing downloads or waits. */
  provide(module: T): void {
    this.module = module;
  }

  /** Starts the download, the first time; settles when the module is here or known to be missing. */
  load(): Promise<void> {
    if (this.module) return Promise.resolve();
    this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
      },
      (error: unknown) => {
        this.missing = true;
        sayMissing(this.file, this.without, error);
      },
    );
    return this.loading;
  }

  /**
   * @internal Downloads the module with `importer` from now on (a test makes it fail, or wait),
   * forgetting it; returns what puts the real download back.
   */
  replaceImporter(importer: () => Promise<T>): () => void {
    const real = this.importer;
    this.importer = importer;
    this.forget();
    return () => {
      this.importer = real;
      this.forget();
    };
  }

  /** Forgets the module and any failure to download it. */
  forget(): void {
    this.module = undefined;
    this.missing = false;
    this.loading = undefined;
  }
}

/** Tells the developer in the console that a file beside the single-file bundle could not be downloaded, and what the page does without it. */
export function sayMissing(file: string, without: string, error: unknown): void {
  console.warn(`schedule-elements: could not load ${file}, so ${without}. Copy it beside schedule-elements.min.js. (${String(error)})`);
}

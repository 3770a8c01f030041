/** The parts of custom-elements.json that the tests read (package-docs in Node, manifest-truth in the browser). */

/** A documented attribute, member, CSS property, part, slot or event. */
export interface ManifestEntry {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  /** The default as written in the JSDoc (`'auto'`, `3`, `0.5em`, or words such as `the track's colour`). */
  readonly default?: string;
}

/** A module's declaration: a tag's class, with what it documents. */
export interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestEntry[];
  readonly members?: readonly ManifestEntry[];
  readonly cssProperties?: readonly ManifestEntry[];
  readonly cssParts?: readonly ManifestEntry[];
  readonly slots?: readonly ManifestEntry[];
  readonly events?: readonly ManifestEntry[];
}

/** The manifest's shape. */
export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ManifestDeclaration[] }[];
}

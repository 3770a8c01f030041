/**
 * Lit's `@property` and `@state`, for the legacy decorators this project compiles with
 * (`experimentalDecorators`) and nothing else. `lit/decorators.js` also carries the standard
 * decorators' path and its checks, about 1 kB that every tag's first load would pay for.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * A reactive property, as Lit's `@property`: the element renders again when it changes, and
 * `options` say how it maps to an attribute. On an accessor, the accessor Lit wraps is returned,
 * so that the decorator helper defines that one rather than the original.
 */
export function property(options?: PropertyDeclaration) {
  // A legacy property decorator returns `void` or `any` (TS1240); for an accessor it is the descriptor to define.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (proto: object, name: PropertyKey): any => {
    const own = Object.hasOwn(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };
}

/** Internal reactive state, as Lit's `@state`: renders again when it changes; no attribute. */
export function state(options?: Pick<PropertyDeclaration, 'hasChanged'>) {
  return property({ ...options, state: true, attribute: false });
}

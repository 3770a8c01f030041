import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { memo } from './memo.js';

/** Inline style properties: custom (`--_track`) or dashed names, or camelCase ones (`insetBlockStart`). */
export type StyleProps = Readonly<Record<string, string | undefined>>;

const cssNames = new Map<string, string>();

/** `insetBlockStart` → `inset-block-start`; custom properties keep their case. */
const cssName = (name: string): string =>
  memo(cssNames, name, () => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)));

/**
 * Sets inline style properties through CSSOM (`style.setProperty`), never through the `style`
 * attribute. Lit's `styleMap` writes the attribute on its first render, and a strict Content
 * Security Policy (`style-src` without `'unsafe-inline'`) refuses that; CSSOM is allowed. Goes in an
 * element position: `<div ${styleProps({ '--_ratio': '0.5' })}>`. `undefined` removes a property.
 */
class StylePropsDirective extends Directive {
  /** What was set, so an unchanged value is not set again (a grid re-renders its cells on every scroll frame). */
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in an element position: <div ${styleProps({…})}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const current = new Map<string, string>();
    for (const name in props) {
      const value = props[name];
      if (value === undefined) continue;
      current.set(name, value);
      if (this.previous.get(name) !== value) style.setProperty(cssName(name), value);
    }
    for (const name of this.previous.keys()) if (!current.has(name)) style.removeProperty(cssName(name));
    this.previous = current;
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);

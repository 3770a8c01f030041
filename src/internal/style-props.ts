import { isServer, noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';
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
 * Security Policy (`style-src` without `'unsafe-inline'`) refuses that; CSSOM is allowed. Goes in
 * the `style` attribute's place: `<div style=${styleProps({ '--_ratio': '0.5' })}>`. `undefined`
 * removes a property. Rendered on a server (the CLI's `render`), where there is no CSSOM, the
 * properties are written as the `style` attribute.
 */
class StylePropsDirective extends Directive {
  /** What was set, so an unchanged value is not set again (a grid re-renders its cells on every scroll frame). */
  private previous = new Map<string, string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || partInfo.strings) {
      throw new Error('styleProps() is the whole of a style attribute: <div style=${styleProps({…})}>');
    }
  }

  /** On a server: the attribute's text (a value that could end its declaration is left out, as CSSOM refuses it). */
  render(props: StyleProps): string | typeof noChange {
    if (!isServer) return noChange;
    return Object.entries(props)
      .filter(([, value]) => value !== undefined && !/[;{}\\]/.test(value))
      .map(([name, value]) => `${cssName(name)}: ${value};`)
      .join(' ');
  }

  /** In a browser: the properties set one by one, the attribute left unwritten. */
  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
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

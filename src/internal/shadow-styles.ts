import { adoptStyles, type LitElement } from 'lit';

/**
 * Gives a connected element's shadow root its class's styles in the document it is in now (its
 * `connectedCallback` calls this, after its `createRenderRoot` made the root without them). Lit's
 * stylesheets are made by this window and can be adopted in its document only: a component moved
 * into an iframe's or a Document Picture-in-Picture window's document (`adoptNode`, `append`) lost
 * every style there, and each component it then rendered threw ("Sharing constructed stylesheets
 * in multiple documents is not allowed") and stayed blank. There it gets sheets of that window's
 * own, made from the same text; back in the page, the shared ones again.
 */
export function shadowStyles(element: LitElement): void {
  const { elementStyles } = element.constructor as typeof LitElement;
  // A document with no window (DOMParser's) throws, as it did before: none shows anything.
  const view = element.ownerDocument.defaultView!;
  const root = element.renderRoot as ShadowRoot;
  if (view === window) adoptStyles(root, elementStyles);
  else {
    root.adoptedStyleSheets = elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(String(style)); // a CSSResult's text
      return sheet;
    });
  }
}

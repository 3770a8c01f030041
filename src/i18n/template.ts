/**
 * Message templates: text with `{name}` placeholders (`'No session {id} in {src}.'`), which a catalog
 * turns into a function of the values. English fixes the order of the values (the order its
 * placeholders first appear in); a translation names the same placeholders in its own word order.
 * Pure code.
 */

const PLACEHOLDER = /\{(\w+)\}/;

/** The placeholders of a template, each once, in the order they first appear: `'{a} and {b}'` → `['a', 'b']`. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(template.split(PLACEHOLDER).filter((_, i) => i % 2 === 1))];
}

/** Whether a text has placeholders, and so is a template. */
export function isTemplate(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/**
 * A template as a function of its values, given in the order of `names` (the English template's
 * placeholders); a placeholder that `names` does not have is left as written.
 */
export function compileTemplate(template: string, names: readonly string[]): (...values: string[]) => string {
  // Text and placeholders alternate: text, name, text, name, …, text.
  const parts = template.split(PLACEHOLDER);
  const slots = parts.map((part, i) => (i % 2 === 1 ? names.indexOf(part) : -1));
  return (...values) => parts.map((part, i) => (slots[i]! >= 0 ? values[slots[i]!] : i % 2 === 1 ? `{${part}}` : part)).join('');
}

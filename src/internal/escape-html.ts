/** Text for HTML content and double-quoted attribute values: `&`, `<`, `>` and both quotes as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Imported by every browser test file (through its helpers): fails the test during which the page
 * threw an uncaught error, left a promise rejection unhandled, or Lit warned in dev mode (an update
 * scheduled after one completed, a binding that cannot work …), so that none of these passes unseen.
 * Lit's one notice that it runs in dev mode is not a problem.
 */
const problems: string[] = [];

addEventListener('error', (event) => problems.push(`uncaught error: ${event.message}`));
addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (/lit\.dev\/msg\/(?!dev-mode)/.test(text)) problems.push(`Lit warned: ${text}`);
  warn(...args);
};

afterEach(function () {
  if (problems.length === 0) return;
  const found = problems.splice(0);
  throw new Error(`"${this.currentTest?.fullTitle()}": the page had ${found.length} problem(s):\n${found.join('\n')}`);
});

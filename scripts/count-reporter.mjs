// A node:test reporter that writes {passed, failed, skipped} as JSON; a file that fails to load is a failure.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Count tests, not the suites (describe blocks) that hold them; a failing file is a failing top-level "test".
    const details = event.data.details ?? {};
    if (details.type === 'suite' && event.type === 'test:pass') continue;
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else if (details.type !== 'suite' || details.error?.failureType !== 'subtestsFailed') counts.failed++;
  }
  yield JSON.stringify(counts);
}

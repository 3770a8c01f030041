/**
 * The command-line tool, run as a child process (`node --import tsx src/cli/main.ts …`) the way a
 * person runs it: exit codes, stdout and stderr, on tiny hand-made files of every format
 * (test/fixtures/cli/) and on one real feed of each format when the shared folder is present.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { FeedV1 } from '../../src/data/model.js';
import { FEEDS_DIR, skipUnlessFeed } from './adapters/real-feeds.js';
import { REPO, cli, type Run } from './cli-run.js';
import { CliError, readSource } from '../../src/cli/feed-file.js';

const FIXTURES = join(REPO, 'test/fixtures/cli');
const fixture = (name: string) => join(FIXTURES, name);

/** The v1 feed `convert` printed. */
function converted(run: Run): FeedV1 {
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as FeedV1;
}

describe('schedule-elements convert', { concurrency: true }, () => {
  // --event-name only where the source names no event: for the others the adapters differ on which wins.
  const tiny: [file: string, format: string, event: string, args: string[]][] = [
    ['pretalx-tiny.json', 'pretalx', 'Tiny Conf', []],
    ['sessionize-tiny.json', 'sessionize', 'Fixture Days', ['--event-name', 'Fixture Days']],
    ['sched-tiny.json', 'sched', 'Fixture Days', ['--event-name', 'Fixture Days']],
    ['tiny.ics', 'ical', 'Tiny iCal Conf', []],
  ];
  for (const [file, format, event, args] of tiny) {
    it(`converts ${file} (${format}, detected) to a v1 feed on stdout`, async () => {
      const run = await cli('convert', fixture(file), '--event-time-zone', 'Europe/Lisbon', ...args);
      const feed = converted(run);
      assert.equal(feed.version, 1);
      assert.equal(feed.event.name, event);
      assert.equal(feed.event.timeZone, 'Europe/Lisbon');
      assert.ok(feed.sessions && feed.sessions.length > 0);
      assert.match(run.stderr, /converted to v1 first/);
      assert.ok(run.stdout.startsWith('{\n  "version": 1'), 'pretty JSON');
    });
  }

  it('takes --format over detection, and says so when the file is not that format', async () => {
    const run = await cli('convert', fixture('sched-tiny.json'), '--format', 'pretalx');
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /fatal \$: /);
    // It said "sched-tiny.json: a pretalx/frab schedule, converted to v1 first", of a file that was neither.
    assert.match(run.stderr, /^.*sched-tiny\.json: read as a pretalx\/frab schedule, which could not be converted:$/m);
    assert.doesNotMatch(run.stderr, /converted to v1/);
  });

  it('reads a frab schedule.xml (detected) with the XML parser it loads for it, diagnostics pointing into the XML', async () => {
    const run = await cli('convert', join(REPO, 'test/fixtures/adapters/frab-schedule.xml'));
    const feed = converted(run);
    assert.equal(feed.event.name, 'Hackers on the Lake 2026');
    assert.deepEqual(feed.sessions.map((s) => s.id), ['101', '102', '103', '201', '202', '203']);
    assert.equal(feed.sessions.find((s) => s.id === '202')?.start, '2026-03-29T01:30');
    assert.match(run.stderr, /frab-schedule\.xml: a pentabarf\/frab schedule\.xml, converted to v1 first/);
    assert.match(run.stderr, /warning \/schedule\/day\[1\]\/room\[1\]\/event\[2\]\/persons\/person\[1\]\/@id: person id "0" is a placeholder/);
  });

  it('names a pretalx API schedule and the export to use instead, exit 2', async () => {
    const run = await cli('validate', join(REPO, 'test/fixtures/adapters/pretalx-api-schedule.json'));
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^fatal \$: This is a schedule of pretalx's API .*<event-url>\/schedule\/export\/schedule\.json/m);
  });

  it('prints a v1 feed as it is', async () => {
    const feed = converted(await cli('convert', fixture('v1-warning.json')));
    assert.deepEqual(feed, JSON.parse(readFileSync(fixture('v1-warning.json'), 'utf8')));
  });

  it('writes the feed with -o and prints nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schedule-elements-cli-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'feed.json');
    const run = await cli('convert', fixture('pretalx-tiny.json'), '-o', out);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /wrote .*feed\.json: 2 sessions/);
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as FeedV1).sessions?.length, 2);
  });

  it('exits 1 on errors, with the feed still written, and 2 on a fatal problem', async () => {
    const errors = await cli('convert', fixture('v1-error.json'));
    assert.equal(errors.status, 1);
    assert.match(errors.stderr, /^error \$\.sessions\[1\]\.start: /m);
    assert.equal((JSON.parse(errors.stdout) as FeedV1).version, 1);
    const fatal = await cli('convert', fixture('pretalx-broken.json'));
    assert.equal(fatal.status, 2);
    assert.equal(fatal.stdout, '');
    assert.match(fatal.stderr, /fatal \$: Not a pretalx\/frab schedule\.json/);
  });

  const real: [file: string, minSessions: number, options: string[]][] = [
    ['frab-camp2019-schedule.json', 79, []],
    ['pretalx-rc3-channels-2020-schedule.json', 48, []],
    ['sessionize-globalazure-austria-2024-all.json', 15, ['--event-time-zone', 'Europe/Vienna', '--event-name', 'Global Azure Austria 2024']],
    ['sched-graphqlconf-2024-sessions-excerpt.json', 16, ['--event-time-zone', 'America/Los_Angeles']],
    ['ical-pyconuk-2015-schedule.ics', 162, []],
  ];
  for (const [file, sessions, options] of real) {
    it(`converts the real feed ${file}`, { skip: skipUnlessFeed(file) }, async () => {
      const feed = converted(await cli('convert', join(FEEDS_DIR, file), ...options));
      assert.equal(feed.sessions?.length, sessions);
    });
  }
});

describe('schedule-elements convert --speakers', () => {
  const sessions = 'sched-graphqlconf-2024-sessions-excerpt.json';
  const speakers = 'sched-graphqlconf-speakers-excerpt.json';
  it('completes a Sched export with its speakers export', { skip: skipUnlessFeed(sessions) || skipUnlessFeed(speakers) }, async () => {
    const args = ['--event-time-zone', 'America/Los_Angeles', '--event-name', 'GraphQLConf 2024'];
    const without = converted(await cli('convert', join(FEEDS_DIR, sessions), ...args));
    const withSpeakers = converted(await cli('convert', join(FEEDS_DIR, sessions), ...args, '--speakers', join(FEEDS_DIR, speakers)));
    const bios = (feed: FeedV1) => (feed.people ?? []).filter((p) => p.bio).length;
    assert.equal(bios(without), 0);
    assert.ok(bios(withSpeakers) > 0);
  });

  it('says plainly when the speakers file is not JSON', async () => {
    const run = await cli('convert', fixture('sched-tiny.json'), '--speakers', fixture('tiny.ics'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^schedule-elements: cannot read .*tiny\.ics: not JSON/);
  });
});

describe('schedule-elements validate', { concurrency: true }, () => {
  it('exits 0 on a clean feed with the summary line', async () => {
    const run = await cli('validate', 'src/sample/igf-2014.json');
    assert.equal(run.status, 0);
    assert.equal(run.stdout, 'igf-2014.json: 91 sessions, 0 errors, 0 warnings\n');
  });

  it('exits 0 on warnings, listing each with its JSON path', async () => {
    const run = await cli('validate', fixture('v1-warning.json'));
    assert.equal(run.status, 0);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^warning \$\.sessions\[1\]\.roomId: /);
    assert.equal(lines.at(-1), 'v1-warning.json: 2 sessions, 0 errors, 1 warning');
  });

  it('exits 1 on errors', async () => {
    const run = await cli('validate', fixture('v1-error.json'));
    assert.equal(run.status, 1);
    assert.match(run.stdout, /v1-error\.json: 1 session, 1 error, 0 warnings\n$/);
  });

  it('exits 2 on a fatal problem, naming it', async () => {
    const run = await cli('validate', fixture('v1-no-event.json'));
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^fatal \$\.event: The event is missing/m);
    assert.match(run.stdout, /v1-no-event\.json: cannot be read \(1 fatal problem\)\n$/);
  });

  it('converts other formats first, and says so', async () => {
    const run = await cli('validate', fixture('pretalx-tiny.json'));
    assert.equal(run.status, 0);
    assert.match(run.stdout, /pretalx-tiny\.json: a pretalx\/frab schedule, converted to v1 first/);
    assert.match(run.stdout, /pretalx-tiny\.json: 2 sessions, 0 errors, 0 warnings\n$/);
  });

  it('says a file is empty, rather than that it is neither iCalendar, XML nor JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schedule-elements-cli-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    for (const [name, text] of [['empty.json', ''], ['blank.json', ' \n\r\n']]) {
      writeFileSync(join(dir, name), text);
      const run = await cli('validate', join(dir, name));
      assert.equal(run.status, 2, name);
      assert.match(run.stdout, /^fatal \$: The input is empty: /m, name);
      assert.doesNotMatch(run.stdout, /neither|end of JSON input/, name);
    }
  });

  it('says a binary file (a program, a zip, a picture) is no text, without writing its bytes to the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schedule-elements-cli-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const files: [string, Buffer][] = [
      ['program', Buffer.from('\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0', 'latin1')],
      ['feed.zip', Buffer.from('PK\x03\x04\x14\0\0\0\x08\0', 'latin1')],
      ['feed.json.gz', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0xab, 0x56])],
      ['logo.png', Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1')],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(dir, name), bytes);
      const run = await cli('validate', join(dir, name));
      assert.equal(run.status, 2, name);
      assert.match(run.stdout, /^fatal \$: The input is binary data, not text: /m, name);
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      assert.doesNotMatch(run.stdout, /[\0-\x08\x0e-\x1f\ufffd]/, `${name}: no control characters on the terminal`);
    }
  });

  it('names the fields a v1 feed does not have, which nothing reads (a typo, the name another tool uses)', async () => {
    // "sessons" gave "0 sessions, 0 errors, 0 warnings", and a session's "room" and "speakers" were dropped without a word.
    const dir = mkdtempSync(join(tmpdir(), 'schedule-elements-cli-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'typos.json');
    const session = { id: 'a', title: 'A', start: '2030-01-01T10:00', duration: 'PT1H', room: 'Hall 1', speakers: ['bob'] };
    writeFileSync(file, JSON.stringify({ $comment: 'kept', version: 1, event: { name: 'X', timeZone: 'Europe/Berlin' }, sessons: [session], sessions: [session] }));
    const run = await cli('validate', file);
    assert.equal(run.status, 0, run.stdout);
    assert.deepEqual(run.stdout.match(/^warning \S+: "\w+" is not a field of a v1 feed/gm), [
      'warning $.sessons: "sessons" is not a field of a v1 feed',
      'warning $.sessions[0].room: "room" is not a field of a v1 feed',
      'warning $.sessions[0].speakers: "speakers" is not a field of a v1 feed',
    ]);
    assert.match(run.stdout, /typos\.json: 1 session, 0 errors, 3 warnings\n$/);
  });

  it('validates the largest real feed', { skip: skipUnlessFeed('c3voc-39c3-everything-schedule.json') }, async () => {
    const run = await cli('validate', join(FEEDS_DIR, 'c3voc-39c3-everything-schedule.json'));
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /c3voc-39c3-everything-schedule\.json: 895 sessions, 0 errors, \d+ warnings\n$/);
  });
});

describe('schedule-elements: help, version and mistakes', { concurrency: true }, () => {
  it('prints the usage with --help, and each command its own', async () => {
    const main = await cli('--help');
    assert.equal(main.status, 0);
    assert.match(main.stdout, /^Usage: schedule-elements <command>/);
    for (const command of ['convert', 'validate', 'serve']) {
      const run = await cli(command, '--help');
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`^Usage: schedule-elements ${command} <file\\|url>`));
    }
  });

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.equal((await cli('--version')).stdout, `${pkg.version}\n`);
  });

  it('rejects an unknown command with the usage, exit 2', async () => {
    const run = await cli('frobnicate');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^schedule-elements: unknown command "frobnicate"\n\nUsage: schedule-elements <command>/);
  });

  it('rejects a command named like a property of every object (constructor, toString, __proto__) as unknown, exit 2, not with a stack trace', async () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const run = await cli(name);
      assert.equal(run.status, 2, name);
      assert.match(run.stderr, new RegExp(`^schedule-elements: unknown command "${name}"\n`), name);
    }
  });

  it('rejects an unknown flag with the command usage, exit 2', async () => {
    const run = await cli('validate', fixture('v1-warning.json'), '--strict');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^schedule-elements: Unknown option '--strict'/);
    assert.match(run.stderr, /Usage: schedule-elements validate/);
  });

  it('rejects a format or zone it does not know, exit 2', async () => {
    assert.match((await cli('convert', fixture('tiny.ics'), '--format', 'xml')).stderr, /--format xml: not one of v1, pretalx/);
    assert.match((await cli('convert', fixture('tiny.ics'), '--event-time-zone', 'Mars/Base')).stderr, /not an IANA time zone/);
  });

  it('reads a file: URL as the file it names (it said "no such file" of one that is there)', async () => {
    const run = await cli('validate', pathToFileURL(fixture('v1-warning.json')).href);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /v1-warning\.json: 2 sessions, 0 errors, 1 warning\n$/);
    const elsewhere = await cli('validate', 'file://example.org/feed.json');
    assert.equal(elsewhere.status, 2);
    assert.match(elsewhere.stderr, /^schedule-elements: cannot read file:\/\/example\.org\/feed\.json: /);
  });

  it('says plainly why -o cannot be written, as it says why a file cannot be read', async () => {
    // It quoted Node: "EISDIR: illegal operation on a directory, open '/tmp'".
    const folder = await cli('convert', fixture('v1-warning.json'), '-o', tmpdir());
    assert.equal(folder.status, 2);
    assert.ok(folder.stderr.endsWith(`\nschedule-elements: cannot write ${tmpdir()}: it is a directory\n`), folder.stderr);
    const nowhere = join(tmpdir(), 'no-such-folder-of-schedule-elements', 'feed.json');
    const missing = await cli('convert', fixture('v1-warning.json'), '-o', nowhere);
    assert.equal(missing.status, 2);
    assert.ok(missing.stderr.endsWith(`\nschedule-elements: cannot write ${nowhere}: no such folder\n`), missing.stderr);
  });

  it('says plainly that a file is missing, without a stack trace', async () => {
    const run = await cli('validate', 'no-such-feed.json');
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'schedule-elements: cannot read no-such-feed.json: no such file\n');
  });

  it('gives up on a server that never answers, saying so, instead of waiting five minutes', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer().on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/feed.json`;
    try {
      await assert.rejects(readSource(url, 200), (error: Error) => error instanceof CliError && error.message === `cannot fetch ${url}: no answer within 0.2 s`);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('stops quietly when the reader of its output closes the pipe early (`| head`)', { skip: skipUnlessFeed('c3voc-39c3-everything-schedule.json') }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'convert', join(FEEDS_DIR, 'c3voc-39c3-everything-schedule.json')], { cwd: REPO });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((ok) => child.once('close', ok));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled/);
    assert.notEqual(status, 2);
  });
});

describe('schedule-elements serve', () => {
  it('serves the preview page and the converted feed on 127.0.0.1, and stops on a signal', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', fixture('pretalx-tiny.json'), '--port', '0'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) ok(found[0]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited (${code}) before listening: ${out}`)));
      });
      const page = await (await fetch(url)).text();
      assert.match(page, /<script type="module" src="\/schedule-elements\.min\.js"><\/script>/);
      assert.match(page, /<event-status src="\/feed\.json">/);
      assert.match(page, /<speaker-list src="\/feed\.json">/);
      assert.equal(page.match(/<session-card /g)?.length, 2);
      assert.match(page, /agenda-timeline/);
      const feed = (await (await fetch(new URL('feed.json', url))).json()) as FeedV1;
      assert.equal(feed.event.name, 'Tiny Conf');
      assert.equal((await fetch(new URL('package.json', url))).status, 404, 'only the bundle is served from the package');
      const exited = new Promise<number | null>((ok) => child.once('exit', ok));
      child.kill('SIGINT');
      assert.equal(await exited, 0);
    } finally {
      clearTimeout(killer);
      child.kill('SIGKILL');
    }
  });
});

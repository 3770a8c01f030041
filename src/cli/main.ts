#!/usr/bin/env node
/// <reference types="node" />
/**
 * `schedule-elements`: the command-line tool. `convert` turns a pretalx/frab (JSON or XML, or pretalx widget), Sessionize, Sched or
 * iCalendar export into a v1 feed, `validate` lists a feed's problems with their JSON paths, and
 * `serve` previews a feed with every component, `render` writes a component as static HTML. Node only; no CLI framework (node:util parseArgs).
 *
 * Exit codes: 0 clean or warnings only, 1 errors in the feed, 2 a fatal problem or a usage error.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { FEED_FORMATS, isFeedFormat } from '../data/adapters/index.js';
import { isLanguageTag } from '../data/language-tag.js';
import { isValidTimeZone } from '../data/time.js';
import {
  CliError,
  NODE_ERRORS,
  allDiagnostics,
  describeFormat,
  diagnosticLines,
  exitCodeOf,
  readFeedFile,
  readJson,
  type FeedFile,
  type ReadOptions,
} from './feed-file.js';
import { RENDERED_TAGS, isRenderedTag, renderPage, type RenderOptions } from './render.js';
import { servePreview, serverUrl } from './serve.js';

const READ_FLAGS = `  --format F            the input's format: ${FEED_FORMATS.join(', ')} (default: detected)
  --event-time-zone Z   the venue's IANA zone, for sources that name none (Europe/Berlin)
  --event-name N        the event's name, for sources that carry none (Sessionize, Sched)
  --speakers FILE       Sched only: its speakers export (/api/user/list), for bios and avatars`;

const USAGE = {
  main: `Usage: schedule-elements <command> [options]

Commands:
  convert <file|url>    convert a pretalx/frab (JSON or XML), pretalx widget, Sessionize, Sched or iCalendar feed to a v1 feed
  validate <file|url>   list every problem in a feed with its JSON path, and a summary
  serve <file|url>      preview a feed with every component on http://127.0.0.1
  render <file|url>     write a component as static HTML that reads with scripts off, with JSON-LD

Options:
  -h, --help            this help; schedule-elements <command> --help for a command's
  -v, --version         the version

Exit codes: 0 clean (warnings allowed), 1 errors in the feed, 2 fatal problem or usage error.`,
  convert: `Usage: schedule-elements convert <file|url> [options]

Converts a feed to a v1 feed, printed as JSON on stdout (or written with -o); its problems go to
stderr. A v1 feed is printed as it is.

Options:
${READ_FLAGS}
  -o, --output FILE     write the feed to FILE instead of stdout
  -h, --help            this help

Examples:
  schedule-elements convert schedule.json -o feed.json
  schedule-elements convert https://fosdem.org/2026/schedule/xml
  schedule-elements convert sessionize.json --event-time-zone Europe/Vienna --event-name "Global Azure"
  schedule-elements convert https://example.org/event.ics --format ical

Exit codes: 0 converted (warnings allowed), 1 converted with errors (items dropped), 2 fatal.`,
  validate: `Usage: schedule-elements validate <file|url> [options]

Lists every problem in a feed with its JSON path, then a summary line. A feed in another format
is converted to v1 first, and checked as such.

Options:
${READ_FLAGS}
  -h, --help            this help

Exit codes: 0 valid (warnings allowed), 1 errors, 2 fatal (not a feed that can be read).`,
  serve: `Usage: schedule-elements serve <file|url> [options]

Previews a feed with every component on http://127.0.0.1, from the package's own bundle.
Stop it with Ctrl-C.

Options:
${READ_FLAGS}
  -p, --port N          the port (default 8080; 0 picks a free one)
  -h, --help            this help`,
  render: `Usage: schedule-elements render <file|url> [options]

Writes a component as a static HTML page: its shadow DOM as declarative shadow DOM, which browsers
show and print, and search engines index, with scripts off; and schema.org Event data (JSON-LD)
for every session it shows. With --script, the page also carries the feed and loads the bundle,
which brings the component to life in place (search, dialogs, saving).

Options:
${READ_FLAGS}
  --tag T               ${Object.keys(RENDERED_TAGS).join(', ')} (default: agenda-timeline)
  --session-id ID       the session of session-card, attendee-count and speaker-avatar-group
                        (and of agenda-timeline: its run of show)
  --person-id ID        the person of speaker-card and speaker-avatar
  --variant V           session-card: full (default) or compact
  --locale L            the language of words, dates and times (default: en)
  --time-zone Z         the zone times are shown in (default: the event's); local, the reader's,
                        needs --script, and shows the event's until the script runs
  --script URL          load the bundle from URL (e.g. schedule-elements.min.js) to take over
  --title T             the page's title and heading (default: the event's name)
  -o, --output FILE     write the page to FILE instead of stdout
  -h, --help            this help

Examples:
  schedule-elements render feed.json -o programme.html --script schedule-elements.min.js
  schedule-elements render feed.json --tag session-card --session-id ws196 -o ws196.html

Exit codes: 0 written (warnings allowed), 1 written with errors in the feed, 2 fatal.`,
} as const;

type Command = Exclude<keyof typeof USAGE, 'main'>;

/** A mistake on the command line: the message, then the usage of `command`; exit code 2. */
class UsageError extends CliError {
  constructor(
    message: string,
    readonly command: keyof typeof USAGE,
  ) {
    super(message, 2);
  }
}

const READ_OPTIONS = {
  format: { type: 'string' },
  'event-time-zone': { type: 'string' },
  'event-name': { type: 'string' },
  speakers: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const OUTPUT = { output: { type: 'string', short: 'o' } } as const;
const PORT = { port: { type: 'string', short: 'p' } } as const;
const RENDER = {
  tag: { type: 'string' },
  'session-id': { type: 'string' },
  'person-id': { type: 'string' },
  variant: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
  script: { type: 'string' },
  title: { type: 'string' },
} as const;

/** Every flag of every command, for the type of parsed values (all optional). */
type AllOptions = typeof READ_OPTIONS & typeof OUTPUT & typeof PORT & typeof RENDER;

const OPTIONS: Record<Command, Partial<AllOptions>> = {
  convert: { ...READ_OPTIONS, ...OUTPUT },
  validate: READ_OPTIONS,
  serve: { ...READ_OPTIONS, ...PORT },
  render: { ...READ_OPTIONS, ...OUTPUT, ...RENDER },
};

function isCommand(value: string | undefined): value is Command {
  return value !== undefined && Object.hasOwn(OPTIONS, value); // own keys: "constructor" is no command
}

/** parseArgs for one command: its flags, and exactly one file or URL; reads `--speakers`. */
async function parseCommand(command: Command, args: string[]) {
  let parsed;
  try {
    // Typed as every command's flags (all optional); strict parsing accepts only this command's.
    parsed = parseArgs({ args, options: OPTIONS[command] as AllOptions, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown flags and missing values well; a stack trace would not.
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? `${command} needs a file or URL` : `${command} reads one file, not ${positionals.length}`, command);
  }
  const { format, 'event-time-zone': eventTimeZone, 'event-name': eventName } = values;
  if (format !== undefined && !isFeedFormat(format)) {
    throw new UsageError(`--format ${format}: not one of ${FEED_FORMATS.join(', ')}`, command);
  }
  if (eventTimeZone !== undefined && !isValidTimeZone(eventTimeZone)) {
    throw new UsageError(`--event-time-zone ${eventTimeZone}: not an IANA time zone (Europe/Berlin, America/New_York …)`, command);
  }
  const speakers = values.speakers === undefined ? undefined : await readJson(values.speakers);
  const options: ReadOptions = { format, eventTimeZone, eventName, speakers };
  return { help: false as const, source: positionals[0]!, options, values };
}

/** What `validate` and `convert` say about a file of another format before its problems: converted, or not (a file that is not the --format named). */
function conversionNote(file: FeedFile): string[] {
  if (!file.format || file.format === 'v1') return [];
  return [file.feed ? `${file.source}: ${describeFormat(file.format)}, converted to v1 first` : `${file.source}: read as ${describeFormat(file.format)}, which could not be converted:`];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `ws-2014.json: 91 sessions, 0 errors, 2 warnings`, or why nothing could be read. */
function summary(file: FeedFile): string {
  const name = basename(file.source);
  const diagnostics = allDiagnostics(file);
  const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
  if (!file.schedule) return `${name}: cannot be read (${plural(count('fatal'), 'fatal problem')})`;
  return `${name}: ${plural(file.schedule.sessions.length, 'session')}, ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}

/** Writes `text` to the file `-o` names, or to stdout; says on stderr what was written. */
async function output(path: string | undefined, text: string, what: string): Promise<void> {
  if (path === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    await writeFile(path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // ENOENT, on writing, is the folder that is missing.
    throw new CliError(`cannot write ${path}: ${code === 'ENOENT' ? 'no such folder' : (NODE_ERRORS[code] ?? (error instanceof Error ? error.message : code))}`);
  }
  console.error(`wrote ${path}: ${what}`);
}

async function convert(args: string[]): Promise<number> {
  const parsed = await parseCommand('convert', args);
  if (parsed.help) return help('convert');
  const file = await readFeedFile(parsed.source, parsed.options);
  for (const line of [...conversionNote(file), ...diagnosticLines(file)]) console.error(line);
  if (file.feed) await output(parsed.values.output, `${JSON.stringify(file.feed, null, 2)}\n`, plural(file.schedule?.sessions.length ?? 0, 'session'));
  return exitCodeOf(file);
}

async function renderCommand(args: string[]): Promise<number> {
  const parsed = await parseCommand('render', args);
  if (parsed.help) return help('render');
  const { values } = parsed;
  const tag = values.tag ?? 'agenda-timeline';
  if (tag === 'my-schedule') throw new UsageError('--tag my-schedule: my-schedule shows what each reader saved, which a server does not know', 'render');
  if (!isRenderedTag(tag)) throw new UsageError(`--tag ${tag}: not one of ${Object.keys(RENDERED_TAGS).join(', ')}`, 'render');
  if (values['time-zone'] !== undefined && values['time-zone'] !== 'local' && !isValidTimeZone(values['time-zone'])) {
    throw new UsageError(`--time-zone ${values['time-zone']}: not an IANA time zone (Europe/Berlin, America/New_York …)`, 'render');
  }
  if (values['time-zone'] === 'local' && values.script === undefined) {
    // The page is written here: this machine's zone would be shown as the reader's ("Times in your time zone (UTC)").
    throw new UsageError("--time-zone local: a page without --script cannot know its reader's zone; add --script, or name a zone (Europe/Berlin)", 'render');
  }
  if (values.locale !== undefined && !isLanguageTag(values.locale)) {
    throw new UsageError(`--locale ${values.locale}: not a BCP 47 language tag (en, en-US, fr, ar …)`, 'render');
  }
  if (values.variant !== undefined && values.variant !== 'full' && values.variant !== 'compact') {
    throw new UsageError(`--variant ${values.variant}: full or compact`, 'render');
  }
  const file = await readFeedFile(parsed.source, parsed.options);
  for (const line of [...conversionNote(file), ...diagnosticLines(file)]) console.error(line);
  if (!file.feed || !file.schedule) return exitCodeOf(file);
  const options: RenderOptions = {
    tag,
    sessionId: values['session-id'],
    personId: values['person-id'],
    variant: values.variant,
    locale: values.locale,
    timeZone: values['time-zone'],
    script: values.script,
    title: values.title,
  };
  const page = await renderPage(file.feed, file.schedule, options);
  await output(values.output, page, `${tag}, ${plural(file.schedule.sessions.length, 'session')} in the feed`);
  return exitCodeOf(file);
}

async function validate(args: string[]): Promise<number> {
  const parsed = await parseCommand('validate', args);
  if (parsed.help) return help('validate');
  const file = await readFeedFile(parsed.source, parsed.options);
  for (const line of [...conversionNote(file), ...diagnosticLines(file), summary(file)]) console.log(line);
  return exitCodeOf(file);
}

async function serve(args: string[]): Promise<number> {
  const parsed = await parseCommand('serve', args);
  if (parsed.help) return help('serve');
  const port = Number(parsed.values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port ${parsed.values.port}: not a port number (0 to 65535)`, 'serve');
  }
  const file = await readFeedFile(parsed.source, parsed.options);
  for (const line of [...conversionNote(file), ...diagnosticLines(file), summary(file)]) console.error(line);
  if (!file.feed || !file.schedule) return 2;
  const server = await servePreview(file.feed, file.schedule, file.source, port);
  console.log(`Previewing ${file.source} at ${serverUrl(server)} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function help(command: keyof typeof USAGE): number {
  console.log(USAGE[command]);
  return 0;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const COMMANDS: Record<Command, (args: string[]) => Promise<number>> = { convert, validate, serve, render: renderCommand };

/** Runs the tool on `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-v') {
      console.log(version());
      return 0;
    }
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') return help('main');
    if (!isCommand(first)) throw new UsageError(`unknown command ${JSON.stringify(first)}`, 'main');
    return await COMMANDS[first](rest);
  } catch (error) {
    if (!(error instanceof CliError)) throw error; // a bug: the stack trace is what its report needs
    console.error(`schedule-elements: ${error.message}`);
    if (error instanceof UsageError) console.error(`\n${USAGE[error.command]}`);
    return error.exitCode;
  }
}

// A reader that stops early (`… | head`) closes the pipe: the rest of the output is not wanted, which is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
process.exitCode = await main(process.argv.slice(2));

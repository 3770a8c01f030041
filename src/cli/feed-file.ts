/**
 * Reading a feed file for the command-line tool: the file or URL, its format (named or detected),
 * the conversion to v1 and the normalizer's check, with every diagnostic kept apart by where its
 * path points (the source file, or the converted v1 feed).
 */
import { readFile } from 'node:fs/promises';
import { convertFeed, detectFormat, pretalxApiDump, type FeedFormat, type XmlParser } from '../data/adapters/index.js';
import type { Diagnostic, FeedV1, Schedule } from '../data/model.js';
import { normalizeFeed } from '../data/normalize.js';

/** A problem the person running the tool can fix (a missing file, a bad flag): a message, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** 2: the input could not be used at all. */
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The flags every command shares with the components' attributes, and Sched's speakers export. */
export interface ReadOptions {
  format?: FeedFormat;
  eventTimeZone?: string;
  eventName?: string;
  /** The parsed speakers export that completes a Sched session export (bios, avatars, links). */
  speakers?: unknown;
}

/** One feed file, read and checked. */
export interface FeedFile {
  /** The file or URL as given on the command line. */
  readonly source: string;
  /** The format it was read as: named with `--format`, else detected (undefined: none). */
  readonly format?: FeedFormat;
  /** The v1 feed (the file itself for v1), undefined after a fatal problem. */
  readonly feed?: FeedV1;
  /** The normalized schedule of `feed`. */
  readonly schedule?: Schedule;
  /** The adapter's diagnostics: paths point into the source file. Empty for v1. */
  readonly conversion: readonly Diagnostic[];
  /** The normalizer's diagnostics: paths point into the v1 feed. */
  readonly validation: readonly Diagnostic[];
}

const FORMAT_NAMES: Record<FeedFormat, string> = {
  v1: 'schedule-elements v1 feed',
  pretalx: 'pretalx/frab schedule',
  'pretalx-widget': 'pretalx widget schedule',
  sessionize: 'Sessionize "All data" export',
  sched: 'Sched session export',
  ical: 'iCalendar file',
  'frab-xml': 'pentabarf/frab schedule.xml',
};

/** "a pretalx/frab schedule", for messages. */
export function describeFormat(format: FeedFormat): string {
  return `${format === 'ical' ? 'an' : 'a'} ${FORMAT_NAMES[format]}`;
}

/** Node's error codes in a person's words, for a file that cannot be read or written. */
export const NODE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** How long a feed's server has to answer, body included (Node's own limit is five minutes). */
export const FETCH_TIMEOUT_MS = 30_000;

/** Why a fetch failed, in a person's words. */
function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  return error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
}

/** The text of a local file (a path or a file: URL) or an http(s) URL; a byte-order mark is dropped (JSON.parse rejects it). */
export async function readSource(source: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    try {
      const response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new CliError(`cannot fetch ${source}: HTTP ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot fetch ${source}: ${fetchFailure(error, timeoutMs)}`);
    }
  } else {
    try {
      text = await readFile(/^file:/i.test(source) ? new URL(source) : source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new CliError(`cannot read ${source}: ${NODE_ERRORS[code] ?? (error instanceof Error ? error.message : code)}`);
    }
  }
  return text.replace(/^\ufeff/, '');
}

/** The parsed JSON of `source` (Sched's speakers export), or a {@link CliError} that says why not. */
export async function readJson(source: string): Promise<unknown> {
  const text = await readSource(source);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`cannot read ${source}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The part of a JSON Schema that says which fields an object has: its properties, and its items' schema. */
interface FieldSchema {
  readonly properties?: Record<string, FieldSchema>;
  readonly items?: FieldSchema;
}

/**
 * A warning for each field of `value` that the v1 feed's JSON Schema (schema/, shipped in the
 * package) does not have, at any depth it describes: nothing reads it, and the normalizer passes it
 * by in silence, so a typo (`sessons`) or another tool's name (`room`, `speakers`) left a feed that
 * validated clean and showed less than its author wrote. `$` fields (`$schema`, `$comment`) are notes.
 */
function unknownFields(value: unknown, schema: FieldSchema, path = '$', found: Diagnostic[] = []): Diagnostic[] {
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item: unknown, i) => unknownFields(item, schema.items!, `${path}[${i}]`, found));
  } else if (typeof value === 'object' && value !== null && schema.properties) {
    for (const [key, field] of Object.entries(value)) {
      const known = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      const at = /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (known) unknownFields(field, known, at, found);
      else if (!key.startsWith('$')) {
        found.push({ severity: 'warning', path: at, message: `${JSON.stringify(key)} is not a field of a v1 feed, so nothing reads it (the fields: docs/feed-format.md).` });
      }
    }
  }
  return found;
}

let feedSchema: FieldSchema | undefined;

/** The v1 feed's JSON Schema, from the package's schema/ folder (beside src/ and dist/). */
async function v1Schema(): Promise<FieldSchema> {
  return (feedSchema ??= JSON.parse(await readFile(new URL('../../schema/feed-v1.schema.json', import.meta.url), 'utf8')) as FieldSchema);
}

/**
 * JSON with a `version` that no adapter claims is taken for a broken v1 feed: the normalizer then
 * says what is wrong with it ("the event is missing"), where the adapters could only say that it
 * is no format they know. A pretalx API schedule has a `version` too: the adapters name it.
 */
function looksLikeV1(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value && pretalxApiDump(value) === undefined;
  } catch {
    return false;
  }
}

/**
 * The XML parser for a `schedule.xml`: Node has no `DOMParser`, so the one of `@xmldom/xmldom` is
 * loaded, only for XML, and stops at the first error as a browser's does.
 */
async function xmlParser(): Promise<XmlParser> {
  const { DOMParser, onErrorStopParsing } = await import('@xmldom/xmldom');
  return new DOMParser({ onError: onErrorStopParsing });
}

/** Reads, converts (unless v1) and normalizes `source`. Throws {@link CliError} only when it cannot be read. */
export async function readFeedFile(source: string, options: ReadOptions = {}): Promise<FeedFile> {
  const text = await readSource(source);
  const format = options.format ?? detectFormat(text);
  if (format === 'v1' || (format === undefined && looksLikeV1(text))) {
    const { schedule, diagnostics } = normalizeFeed(text);
    if (diagnostics.some((d) => d.severity === 'fatal')) return { source, format, conversion: [], validation: diagnostics };
    const feed = JSON.parse(text) as FeedV1;
    return { source, format, feed, schedule, conversion: [], validation: [...unknownFields(feed, await v1Schema()), ...diagnostics] };
  }
  const parser = format === 'frab-xml' && !('DOMParser' in globalThis) ? await xmlParser() : undefined;
  const { feed, diagnostics: conversion } = convertFeed(text, { ...options, format, xmlParser: parser });
  if (!feed) return { source, format, conversion, validation: [] };
  const { schedule, diagnostics: validation } = normalizeFeed(feed);
  return { source, format, feed, schedule, conversion, validation };
}

/** Every diagnostic of `file`, conversion first. */
export function allDiagnostics(file: FeedFile): readonly Diagnostic[] {
  return [...file.conversion, ...file.validation];
}

/** 0: clean or warnings only; 1: errors (items were dropped); 2: fatal (no feed at all). */
export function exitCodeOf(file: FeedFile): 0 | 1 | 2 {
  const diagnostics = allDiagnostics(file);
  if (!file.feed || diagnostics.some((d) => d.severity === 'fatal')) return 2;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `warning $.sessions[3].roomId: …`, one line per diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.path}: ${d.message}`;
}

/**
 * The diagnostics as lines; for a converted file under two headings, since the paths of the
 * first group point into the source file and those of the second into the converted v1 feed.
 */
export function diagnosticLines(file: FeedFile): string[] {
  if (file.format === undefined || file.format === 'v1') return allDiagnostics(file).map(formatDiagnostic);
  const group = (heading: string, list: readonly Diagnostic[]) =>
    list.length === 0 ? [] : [heading, ...list.map((d) => `  ${formatDiagnostic(d)}`)];
  return [
    ...group(`in the ${FORMAT_NAMES[file.format]} (paths into ${file.source}):`, file.conversion),
    ...group('in the converted v1 feed (paths into its JSON):', file.validation),
  ];
}

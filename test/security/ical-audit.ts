/**
 * What an .ics file written from hostile feed text must hold (RFC 5545), as a list of problems (an
 * empty list when all is well): only CRLF line ends, no line over 75 octets, only the properties the
 * writer writes, one VEVENT per session with each property once, every `;` and `,` of a TEXT value
 * escaped, no parameter, and the title a calendar reads back equal to the feed's, control characters
 * aside. Runs in Node (test/data/ical-injection.test.ts) and in the browser (xss-corpus.test.ts).
 */
import ICAL from 'ical.js';
import type { EventInfo, Session } from '../../src/data/model.js';

const HEADER = ['VERSION', 'PRODID', 'METHOD', 'X-WR-CALNAME', 'X-WR-TIMEZONE'];
const VEVENT = ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'URL', 'CATEGORIES'];
const TEXT = new Set(['X-WR-CALNAME', 'SUMMARY', 'LOCATION', 'DESCRIPTION', 'CATEGORIES']);

/** Text as a calendar keeps it: CRLF and CR as LF, lone surrogates as U+FFFD, other controls gone. */
function asKept(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** The unescaped `;` and `,` of a TEXT value, and backslashes that escape nothing RFC 5545 knows. */
function badEscapes(value: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      if (!/[\\;,nN]/.test(value[i + 1] ?? '')) found.push(`a lone backslash at ${i}`);
      i++;
    } else if (c === ';' || c === ',') found.push(`an unescaped "${c}" at ${i}`);
  }
  return found;
}

/**
 * The problems of `ics`, written for `sessions` of `event`; with `count`, for that many of them (a
 * file of one session), whose titles must be among theirs.
 */
export function auditICalendar(ics: string, sessions: readonly Session[], event: EventInfo, count = sessions.length): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('the file does not end with CRLF');
  const physical = ics.split('\r\n').slice(0, -1);
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1} holds a bare CR or LF: ${JSON.stringify(line.slice(0, 60))}`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${i + 1} is ${octets} octets long`);
  });
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }

  let inEvent = false;
  let seen = new Set<string>();
  let events = 0;
  for (const line of lines) {
    const m = /^([A-Z-]+):/.exec(line);
    if (!m) {
      problems.push(`not a property line without parameters: ${JSON.stringify(line.slice(0, 60))}`);
      continue;
    }
    const [name, value] = [m[1]!, line.slice(m[0].length)];
    if (line === 'BEGIN:VEVENT' || line === 'END:VEVENT') {
      if (inEvent === (line === 'BEGIN:VEVENT')) problems.push(`${line} out of place`);
      inEvent = line === 'BEGIN:VEVENT';
      events += inEvent ? 1 : 0;
      seen = new Set();
      continue;
    }
    if (name === 'BEGIN' || name === 'END') {
      if (value !== 'VCALENDAR') problems.push(`${line} injected`);
      continue;
    }
    if (!(inEvent ? VEVENT : HEADER).includes(name)) problems.push(`${name} injected ${inEvent ? 'in a VEVENT' : 'in the calendar'}`);
    if (seen.has(name)) problems.push(`${name} twice`);
    seen.add(name);
    if (TEXT.has(name)) {
      const categories = name === 'CATEGORIES' ? value.split(/(?<!\\),/) : [value];
      if (categories.length > 2) problems.push(`${categories.length} categories where there are 2 at most`);
      for (const text of categories) problems.push(...badEscapes(text).map((bad) => `${name}: ${bad}`));
    }
    if (name === 'URL' && !/^https?:\/\/[^\s"<>\\^`{|}]+$/.test(value)) problems.push(`URL:${value.slice(0, 60)}`);
  }
  if (events !== count) problems.push(`${events} VEVENTs for ${count} sessions`);
  if (problems.length > 0) return problems;

  const calendar = new ICAL.Component(ICAL.parse(ics));
  // ical.js gives an X- property's value as written: its escapes are undone here.
  const calendarName = String(calendar.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,nN])/g, (_, c: string) =>
    c.toLowerCase() === 'n' ? '\n' : c,
  );
  if (calendarName !== asKept(event.name)) problems.push('the calendar name read back differs');
  const expected = sessions.map((session) => {
    const code = session.code?.trim();
    return asKept(code && !session.title.startsWith(code) ? `${code}: ${session.title}` : session.title);
  });
  const titles = calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('summary')));
  if (count === sessions.length && JSON.stringify([...titles].sort()) !== JSON.stringify([...expected].sort())) {
    problems.push('the titles read back differ from the sessions’');
  }
  for (const title of titles) if (!expected.includes(title)) problems.push(`a title read back is none of the sessions’: ${title.slice(0, 60)}`);
  return problems;
}

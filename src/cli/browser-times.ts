/**
 * Times on the server as the browser writes them. Node's ICU puts a narrow no-break space (U+202F)
 * before "AM" and thin spaces (U+2009) around a range's dash; Chromium writes plain spaces there
 * (V8 has done so since Chrome 110, for the web's sake). A page rendered on the server with Node's
 * spacing is narrower by a few pixels a time, enough to wrap a line differently from the bundle
 * that takes over; so the CLI's `render` makes this process's `Intl.DateTimeFormat` space as
 * Chromium does before it renders.
 */

const plain = (text: string): string => text.replace(/[\u202f\u2009]/g, ' ');

type Parts = Intl.DateTimeFormatPart[];

const spaced = Symbol('spaced as browsers');

/** Makes every `Intl.DateTimeFormat` of this process write plain spaces where Chromium does. Idempotent. */
export function spaceTimesAsBrowsers(): void {
  const proto = Intl.DateTimeFormat.prototype as Intl.DateTimeFormat & { [spaced]?: true };
  if (proto[spaced]) return;
  proto[spaced] = true;
  const formatOf = Object.getOwnPropertyDescriptor(proto, 'format')!.get! as (this: Intl.DateTimeFormat) => (date?: Date | number) => string;
  Object.defineProperty(proto, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      const format = formatOf.call(this);
      return (date?: Date | number) => plain(format(date));
    },
  });
  const { formatToParts, formatRange, formatRangeToParts } = proto;
  const plainParts = (parts: Parts): Parts => parts.map((part) => ({ ...part, value: plain(part.value) }));
  proto.formatToParts = function (this: Intl.DateTimeFormat, date?: Date | number) {
    return plainParts(formatToParts.call(this, date));
  };
  proto.formatRange = function (this: Intl.DateTimeFormat, start: Date | number, end: Date | number) {
    return plain(formatRange.call(this, start, end));
  };
  proto.formatRangeToParts = function (this: Intl.DateTimeFormat, start: Date | number, end: Date | number) {
    return plainParts(formatRangeToParts.call(this, start, end)) as ReturnType<typeof formatRangeToParts>;
  };
}

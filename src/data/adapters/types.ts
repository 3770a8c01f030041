/**
 * The shared contract of every adapter in this folder: a pure function
 * `fromX(input: unknown, options?: AdapterOptions): AdapterResult` that turns one tool's export
 * (pretalx/frab, Sessionize, Sched, …) into a v1 feed. Adapters never throw; what they cannot
 * read or keep becomes diagnostics whose paths point into the SOURCE document.
 */
import type { Diagnostic, FeedV1 } from '../model.js';

export interface AdapterOptions {
  /** IANA zone of the venue, for sources that name none (Sessionize, Sched) or may lack one (frab). */
  eventTimeZone?: string;
  /** The event's name, for sources that carry none (Sessionize "All data"). */
  eventName?: string;
}

export interface AdapterResult {
  /** undefined when the input is not this format at all (one fatal diagnostic says why) */
  feed?: FeedV1;
  diagnostics: Diagnostic[];
}

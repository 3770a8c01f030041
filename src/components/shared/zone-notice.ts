import { html, nothing, type TemplateResult } from 'lit';
import { resolveZone } from '../../data/zones.js';

/**
 * A note when `time-zone` names no zone this browser knows, so the person knows why times are in the
 * venue's zone; `nothing` otherwise. For the element's base, which carries its language and direction:
 * `${zoneNotice(this.timeZone, schedule.event.timeZone, this.commonText)}`.
 */
export function zoneNotice(timeZone: string | undefined, eventZone: string, t: { invalidZone(zone: string): string }): TemplateResult | typeof nothing {
  const { invalid } = resolveZone(timeZone, eventZone);
  return invalid === undefined ? nothing : html`<p class="state" role="note" part="state">${t.invalidZone(invalid)}</p>`;
}

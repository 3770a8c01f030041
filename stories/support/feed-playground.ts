/**
 * `<feed-playground>`, the Storybook page where a site owner tries their own feed: paste it (v1,
 * pretalx/frab, Sessionize, Sched JSON or iCalendar) or give its URL, and see it rendered by the
 * components with every diagnostic the adapter and the normalizer report, each with its path.
 * A story harness, not part of the package.
 */
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { FEED_FORMATS, convertFeed, type FeedFormat } from '../../src/data/adapters/index.js';
import type { Diagnostic, Schedule } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';

type View = 'cards' | 'timeline';

interface Reading {
  readonly schedule?: Schedule;
  readonly diagnostics: readonly Diagnostic[];
}

@customElement('feed-playground')
export class FeedPlayground extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 0.75rem;
      max-inline-size: 60rem;
    }
    label {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    textarea,
    input,
    select {
      font: inherit;
      font-weight: normal;
      padding: 0.4rem;
    }
    textarea {
      font-family: ui-monospace, monospace;
      min-block-size: 14rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: end;
    }
    .cards {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    }
    .fatal,
    .error {
      color: light-dark(#a4161a, #ffaba5);
    }
  `;

  /** The feed's text, as pasted or as fetched. */
  @state() private text = '';
  @state() private url = '';
  @state() private format: FeedFormat | '' = '';
  @state() private eventTimeZone = '';
  @state() private view: View = 'cards';
  @state() private fetchProblem = '';

  /** The text the playground opens with. */
  set initialFeed(value: string) {
    this.text = value;
  }

  override render() {
    const { schedule, diagnostics } = this.read();
    return html`
      <form @submit=${this.load}>
        <label>
          Feed (v1 JSON, pretalx/frab, Sessionize, Sched or iCalendar)
          <textarea .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)} spellcheck="false"></textarea>
        </label>
        <div class="row">
          <label>
            Or its URL
            <input type="url" .value=${this.url} @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)} placeholder="https://example.org/schedule.json" />
          </label>
          <button type="submit">Load the URL</button>
          <label>
            Format
            <select @change=${(e: Event) => (this.format = (e.target as HTMLSelectElement).value as FeedFormat | '')}>
              <option value="">Detect</option>
              ${FEED_FORMATS.map((format) => html`<option value=${format} ?selected=${this.format === format}>${format}</option>`)}
            </select>
          </label>
          <label>
            Event time zone (Sessionize, Sched)
            <input .value=${this.eventTimeZone} @input=${(e: Event) => (this.eventTimeZone = (e.target as HTMLInputElement).value)} placeholder="Europe/Berlin" />
          </label>
          <label>
            Show
            <select @change=${(e: Event) => (this.view = (e.target as HTMLSelectElement).value as View)}>
              <option value="cards" ?selected=${this.view === 'cards'}>Session cards</option>
              <option value="timeline" ?selected=${this.view === 'timeline'}>Agenda timeline</option>
            </select>
          </label>
        </div>
        ${this.fetchProblem ? html`<p class="error" role="alert">${this.fetchProblem}</p>` : ''}
      </form>
      <h2>Diagnostics (${diagnostics.length})</h2>
      ${diagnostics.length === 0
        ? html`<p>None: the feed reads cleanly.</p>`
        : html`<ul>
            ${diagnostics.map((d) => html`<li class=${d.severity}><strong>${d.severity}</strong> <code>${d.path}</code>: ${d.message}</li>`)}
          </ul>`}
      <h2>Rendered</h2>
      ${!schedule
        ? html`<p>Nothing to show: the feed could not be read.</p>`
        : this.view === 'timeline'
          ? html`<agenda-timeline .schedule=${schedule} without-url-state></agenda-timeline>`
          : html`<div class="cards">
              ${schedule.sessions.slice(0, 12).map((s) => html`<session-card .schedule=${schedule} session-id=${s.id}></session-card>`)}
            </div>`}
    `;
  }

  /** The pasted text through the adapter (when not v1) and the normalizer. */
  private read(): Reading {
    if (!this.text.trim()) return { diagnostics: [{ severity: 'fatal', path: '$', message: 'Paste a feed or load one by URL.' }] };
    const converted = convertFeed(this.text, {
      format: this.format || undefined,
      eventTimeZone: this.eventTimeZone || undefined,
    });
    if (!converted.feed) return { diagnostics: converted.diagnostics };
    const { schedule, diagnostics } = normalizeFeed(converted.feed);
    const all = [...converted.diagnostics, ...diagnostics];
    return { schedule: all.some((d) => d.severity === 'fatal') ? undefined : schedule, diagnostics: all };
  }

  private async load(event: Event): Promise<void> {
    event.preventDefault();
    this.fetchProblem = '';
    try {
      const response = await fetch(this.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.text = await response.text();
    } catch (error) {
      this.fetchProblem = `Could not fetch ${this.url}: ${error instanceof Error ? error.message : String(error)} (the server must allow CORS).`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feed-playground': FeedPlayground;
  }
}

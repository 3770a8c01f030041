/**
 * schedule-elements in an Angular standalone component. CUSTOM_ELEMENTS_SCHEMA lets the template use
 * the tags; `[schedule]` sets the element's property (an object, not an attribute), and
 * `(session-select)` listens to the event by its exact name. With `strictTemplates` the compiler
 * gives `$event` the event's class (the package declares its events in `GlobalEventHandlersEventMap`),
 * so `select` takes a `SessionSelectEvent`.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SessionSelectEvent } from 'schedule-elements';
import { normalizeFeed } from 'schedule-elements/data';
import { sampleFeed } from 'schedule-elements/sample';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>{{ schedule.event.name }} in Angular</h1>
      <p role="status">{{ selected() ? 'Selected: ' + selected() : 'Choose a session in the timeline.' }}</p>
      <agenda-timeline [schedule]="schedule" layout="list" (session-select)="select($event)"></agenda-timeline>
      <session-card variant="full" session-id="ws196" [schedule]="schedule" (session-select)="select($event)"></session-card>
    </main>
  `,
})
export class AppComponent {
  protected readonly schedule = normalizeFeed(sampleFeed).schedule;
  protected readonly selected = signal<string | undefined>(undefined);

  protected select({ session }: SessionSelectEvent) {
    this.selected.set(session.code ?? session.id);
  }
}

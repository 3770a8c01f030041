/**
 * schedule-elements in a React app, two ways. `schedule-elements/react` gives each tag as a typed
 * React component (made with @lit/react from the manifest; React 18 and 19): props that are the
 * element's properties are set as properties, and `onSessionSelect` listens to `session-select`.
 * Importing it registers the tags and adds them to React 19's JSX too, so the plain tag works:
 * React 19 sets a prop that is a property of the element (`schedule`) as that property, and a
 * function prop `on<event-name>` listens to that event by its exact name (`onsession-select`).
 */
import { AgendaTimeline } from 'schedule-elements/react';
import { normalizeFeed } from 'schedule-elements/data';
import { sampleFeed } from 'schedule-elements/sample';
import type { SessionSelectEvent } from 'schedule-elements';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const { schedule } = normalizeFeed(sampleFeed);

function App() {
  const [selected, setSelected] = useState<string>();
  const select = ({ session }: SessionSelectEvent) => setSelected(session.code ?? session.id);
  return (
    <main>
      <h1>{schedule.event.name} in React</h1>
      <p role="status">{selected ? `Selected: ${selected}` : 'Choose a session in the timeline.'}</p>
      <AgendaTimeline schedule={schedule} layout="list" onSessionSelect={select} />
      <session-card variant="full" session-id="ws196" schedule={schedule} onsession-select={select}></session-card>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

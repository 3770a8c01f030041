/**
 * schedule-elements in a React 19 app. React 19 supports custom elements: a prop whose name is a
 * property of the element (`schedule`) is set as that property, others become attributes, and a
 * function prop `on<event-name>` listens to that event by its exact name (`onsession-select`).
 * The tags must be defined before React renders them, so that React sees their properties.
 */
import 'schedule-elements/define';
import type { CustomElements } from 'schedule-elements/jsx';
import { normalizeFeed } from 'schedule-elements/data';
import { sampleFeed } from 'schedule-elements/sample';
import type { SessionSelectEvent } from 'schedule-elements';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The tags, their attributes, properties and events in React's JSX (generated from custom-elements.json).
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

const { schedule } = normalizeFeed(sampleFeed);

function App() {
  const [selected, setSelected] = useState<string>();
  const select = (event: Event) => {
    const { session } = event as SessionSelectEvent;
    setSelected(session.code ?? session.id);
  };
  return (
    <main>
      <h1>{schedule.event.name} in React</h1>
      <p role="status">{selected ? `Selected: ${selected}` : 'Choose a session in the timeline.'}</p>
      <agenda-timeline schedule={schedule} layout="list" onsession-select={select}></agenda-timeline>
      <session-card variant="full" session-id="ws196" schedule={schedule} onsession-select={select}></session-card>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

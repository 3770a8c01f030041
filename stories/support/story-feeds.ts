/**
 * What the stories share besides the sample feed: a feed URL that never answers (the loading
 * state, reliably), a URL that does not exist with the smoke test's allowance for its console
 * errors, and a small feed of edge cases (a very long title, twelve speakers, nobody with a picture).
 */
import type { FeedV1 } from '../../src/data/model.js';

/** A feed URL whose request never settles, so a story stays in its loading state. */
export const PENDING_FEED_URL = '/stories-pending-feed.json';

/** A feed URL the Storybook server does not have: the error state. */
export const MISSING_FEED_URL = '/no-such-feed.json';

const pendingPath = new URL(PENDING_FEED_URL, document.baseURI).pathname;
const realFetch = window.fetch.bind(window);
/** Story-local: only the pending URL is held; every other request goes through. */
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  return url.pathname === pendingPath ? new Promise<Response>(() => {}) : realFetch(input, init);
};

/**
 * For stories that show a feed which cannot be loaded: the browser reports the failed request, and
 * the feed store explains it, both as console errors, which `npm run test:storybook` then expects.
 */
export const feedErrorParameters = {
  smoke: { expectConsoleErrors: [/could not load the feed/, /Failed to load resource: the server responded with a status of 404/] },
};

const NAMES = [
  'Amina Diallo', 'Bjørn Østergaard', 'Chen Jing', 'Dmitri Volkov', 'Élodie Marchand', 'Fatima Al-Zahra',
  'Gabriel García Márquez-Santiago', 'Hiroshi Tanaka', 'Ingrid Johansson', 'José Luis Rodríguez', 'Kwame Mensah', 'Lakshmi Narayanan',
];

/** Twelve people, none with a picture: everyone is shown with initials. */
export const twelvePeople = NAMES.map((name, i) => ({
  id: `p${i + 1}`,
  name,
  jobTitle: i % 3 === 0 ? 'Senior Policy Adviser for Internet Governance and Digital Cooperation' : 'Researcher',
  organization: i % 2 === 0 ? 'United Nations Economic Commission for Africa' : 'Internet Society',
}));

/** Edge cases in one feed: a very long title and twelve speakers without pictures, on one day. */
export const edgeCaseFeed: FeedV1 = {
  version: 1,
  event: { id: 'edge', name: 'Edge Case Summit 2031', timeZone: 'Europe/Istanbul' },
  rooms: [{ id: 'main', name: 'Main Hall, Level -1, beside the Registration and Information Desk' }],
  tracks: [{ id: 'policy', name: 'Internet governance and sustainable development', color: '#0b6e4f' }],
  people: twelvePeople,
  sessions: [
    {
      id: 'long',
      code: 'WS-2031-0001',
      title:
        'Multistakeholder Approaches to Cross-Border Data Flows, Jurisdiction and Human Rights: Lessons from Twenty Years of the Internet Governance Forum, and What Comes Next for Connecting the Next Billion',
      start: '2031-05-12T09:00',
      duration: 'PT90M',
      roomId: 'main',
      trackId: 'policy',
      people: twelvePeople.map((person, i) => ({ id: person.id, role: i === 0 ? 'moderator' : 'speaker' })),
      description: 'Twelve speakers, one very long title, and a long unbroken word that must wrap: Rechtsschutzversicherungsgesellschaften.',
    },
  ],
};

/**
 * The built-in sample feed: IGF 2014 (Istanbul, 2–5 September 2014), as a version 1 feed.
 *
 * This is sample data for demos, stories and tests, not an official schedule.
 * - Real: workshop WS196 "IGF & Enhanced Cooperation, Parallel Tracks or Connected" (Tuesday
 *   2 September 2014, 11:00–12:30, Workshop Room 03), reconstructed from its Sched session page:
 *   its description, ten-item agenda, moderator and panelists, and the seed's text of the bios
 *   of Qusai Al-Shatti, Peter Major and Desiree Miloshevic (each completed briefly where the
 *   page cut it off).
 * - Illustrative: everything else. The other sessions, rooms, tracks, times, attendee counts and
 *   people are invented around the IGF 2014 sub-themes; the people of those sessions are
 *   fictional, their organizations too. Avatars are inline SVG placeholders, and every link
 *   points to example.org, so the sample works offline.
 *
 * The data is in `igf-2014.json` next to this file; see `README.md` there for how to edit it.
 */
import type { FeedV1 } from '../data/model.js';
import sample from './igf-2014.json' with { type: 'json' };

/** The IGF 2014 sample feed (version 1): 4 days, 6 rooms, 9 tracks, 91 sessions. */
export const sampleFeed: FeedV1 = sample as FeedV1;

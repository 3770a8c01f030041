/**
 * The cards of the session dialogs (`<agenda-timeline>`, `<my-schedule>`), registered: what their
 * define files load on demand (see dialog-cards.ts; one module, so that bundlers make one file of it).
 */
import '../session-card/session-card.define.js';
import '../speaker-card/speaker-card.define.js';

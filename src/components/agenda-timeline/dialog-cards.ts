/**
 * The cards of `<agenda-timeline>`'s dialog, registered: what its define file loads on demand (one
 * module, so that bundlers make one file of it).
 */
import '../session-card/session-card.define.js';
import '../speaker-card/speaker-card.define.js';

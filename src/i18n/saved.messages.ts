import { defineCatalog } from './localize.js';

/** Words about the saved list that more than one component shows. */
export const savedMessages = defineCatalog('saved', {
  memoryOnly: 'Saved in this tab only: your browser’s storage is unavailable.',
});

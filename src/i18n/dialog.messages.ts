import { defineCatalog } from './localize.js';

/** The words of the dialog in which a card shows a person or a session chosen in it (components/shared/card-dialog.ts). */
export const dialogMessages = defineCatalog('dialog', {
  close: 'Close',
});

/**
 * Where the arrow keys, Home and End take the one tab stop among the day's sessions: in the grid,
 * by room and by time (Left and Right to the nearest session of the neighbouring room, mirrored
 * right to left; Up and Down within the room); in the list, to the next and previous session.
 * Pure code: no DOM, no Lit.
 */
import type { Session } from '../../data/model.js';
import { neighbour, type DayLayout, type GridMove } from './layout.js';

/** The key of a move, as `KeyboardEvent.key` names it, to the move in the grid. */
function moveOf(key: string, rtl: boolean): GridMove | undefined {
  switch (key) {
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'ArrowRight':
      return rtl ? 'previous-column' : 'next-column';
    case 'ArrowLeft':
      return rtl ? 'next-column' : 'previous-column';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/**
 * The roving tab stop of one timeline. It remembers the column of the last single-room session the
 * keyboard was on, so that moving on from a session that spans every room goes back to that room.
 */
export class RovingFocus {
  private column = 0;

  /**
   * The session a key moves to from the session `id`, or undefined when the key is no move or
   * there is nowhere to go. `null` when the key is a move that found nowhere to go (the caller
   * still keeps the key from scrolling the page).
   */
  target(key: string, id: string, options: { readonly layout: DayLayout; readonly grid: boolean; readonly rtl: boolean }): Session | null | undefined {
    const move = moveOf(key, options.rtl);
    if (!move) return undefined;
    const { layout } = options;
    if (options.grid) {
      const item = layout.items.find((candidate) => candidate.session.id === id);
      if (item && item.span === 1) this.column = item.column;
      const landed = item && neighbour(layout, item, move, this.column);
      if (landed?.span === 1) this.column = landed.column;
      return landed?.session ?? null;
    }
    const sessions = layout.items;
    const index = sessions.findIndex((candidate) => candidate.session.id === id);
    const to: Partial<Record<GridMove, number>> = { down: index + 1, up: index - 1, first: 0, last: sessions.length - 1 };
    return sessions[to[move] ?? -1]?.session ?? null;
  }
}

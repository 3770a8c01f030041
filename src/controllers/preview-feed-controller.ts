import type { NormalizeResult, Schedule } from '../data/model.js';
import { progressOf, whenFinished } from './feed-build.js';
import { FeedController } from './feed-controller.js';

/**
 * What a component that can paint a big feed before all of it is built shows first: it sets
 * {@link PreviewFeedController.preview} to this before each update, and is given a preview with the
 * sessions of those days (and the whole schedule once it is built), or the whole at once when it
 * asks for it.
 */
export interface FeedPreview {
  /** The event-local days (`yyyy-MM-dd`) the component shows now or first; the event's first day is always added. */
  readonly days: readonly string[];
  /** Sessions whose days it shows (a deep link, a `session-id`). */
  readonly sessionIds: readonly string[];
  /** Its clock: the event's day of this instant (today, while the event runs) is added. */
  readonly now: number;
  /** Whether it needs every session now (a search, the filters). */
  readonly whole: boolean;
}

/**
 * The feed controller of a component that can paint a big feed before all of it is built (the
 * timeline): the component sets {@link preview} before each update (values the controller reads,
 * nothing it calls back), and is given a preview schedule with the sessions of those days while
 * the store builds the rest in idle slices, then the whole with an update; or the whole at once
 * when it needs more than the preview has.
 */
export class PreviewFeedController extends FeedController {
  /** What the component shows first; unset, it is always given the whole. */
  preview?: FeedPreview;
  /** The result still being built while {@link schedule} is a preview of it, and the days previewed. */
  private building?: { readonly result: NormalizeResult; readonly preview: Schedule; readonly days: ReadonlySet<string> };

  /** Whether {@link schedule} is a preview: only the sessions of some days, the rest still being built. */
  override get partial(): boolean {
    return this.building !== undefined && this.schedule === this.building.preview;
  }

  /** Moves from the preview to the whole schedule when the component now needs more than the preview has. */
  protected override sourceKept(): void {
    const { building, preview } = this;
    if (!building) return;
    const lacks = (day: string): boolean => !building.days.has(day);
    const missing = (id: string): boolean => !building.preview.sessionsById.has(id);
    if (!preview || preview.whole || preview.days.some(lacks) || preview.sessionIds.some(missing)) this.finish();
  }

  /** Shows the whole schedule now, building what is left of it at once. */
  private finish(): void {
    const building = this.building;
    if (!building) return;
    this.building = undefined;
    if (this.schedule === building.preview) this.schedule = building.result.schedule;
    this.host.requestUpdate();
  }

  /**
   * The schedule of a result: its preview while a big feed is still being built, if the component
   * asks for one (then the whole schedule follows, with an update); else the whole.
   */
  protected override show(result: NormalizeResult): Schedule {
    const progress = progressOf(result);
    const wanted = this.preview;
    if (!progress || !wanted || wanted.whole) {
      this.building = undefined;
      return result.schedule;
    }
    if (this.building?.result !== result) {
      const days = new Set([...wanted.days, progress.dayAt(wanted.now), ...progress.days.slice(0, 1)]);
      for (const id of wanted.sessionIds) {
        const day = progress.dayOf(id);
        if (day) days.add(day);
      }
      this.building = { result, preview: progress.preview(days), days };
      whenFinished(result, () => {
        if (this.building?.result === result) this.finish();
      });
    }
    return this.building.preview;
  }
}

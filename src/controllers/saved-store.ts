import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Schedule, Session } from '../data/model.js';
import { isSavedEntry, savedEventKey, toSavedEntry, type SavedEntry } from '../data/saved.js';
import { writeMakingRoom } from './feed-reader.js';

/** The version of the stored JSON; a list of another version is not read (and not mixed with ours). */
const STORED_VERSION = 1;

/**
 * The window event by which a copy of the library tells the page's other copies that it wrote an
 * event's saved list (its key in `detail`): the browser sends `storage` events to other pages only.
 */
const WRITTEN_EVENT = 'schedule-elements:saved-written';

/**
 * Where the lists kept in memory (storage refused) live, so that every copy of the library on the
 * page shares them; one place per stored version, as the entries' shape is that version's.
 */
const MEMORY_LISTS = Symbol.for(`schedule-elements:saved-in-memory:v${STORED_VERSION}`);

/** The page's saved lists kept in memory, by storage key; one map for every copy of the library. */
function memoryLists(): Map<string, readonly SavedEntry[]> {
  const page = globalThis as { [MEMORY_LISTS]?: Map<string, readonly SavedEntry[]> };
  return (page[MEMORY_LISTS] ??= new Map());
}

/** The localStorage key of an event's saved sessions: `schedule-elements:saved:<event id>`. */
export function savedStorageKey(eventKey: string): string {
  return `schedule-elements:saved:${eventKey}`;
}

/**
 * The entries of a stored value; anything unreadable or malformed is left out. `undefined` for a
 * list of another version (another copy of the library wrote it), which is neither read nor written over.
 */
function parseStored(raw: string | null): readonly SavedEntry[] | undefined {
  if (raw === null) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  // JSON text of no object (a number, a string, null) has no version either: nothing of ours.
  const stored = value as { version?: unknown; entries?: unknown } | null;
  if (stored?.version !== STORED_VERSION) return stored?.version === undefined ? [] : undefined;
  if (!Array.isArray(stored.entries)) return [];
  const byId = new Map<string, SavedEntry>();
  for (const entry of stored.entries) if (isSavedEntry(entry) && !byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()];
}

/**
 * The sessions a person saved for one event, without an account: kept in `localStorage` under
 * `schedule-elements:saved:<event id>` as `{ "version": 1, "entries": [...] }`, shared with the
 * page's other tabs through the `storage` event. Where storage is unavailable or throws (private
 * mode, blocked cookies, a full quota), or holds a list of another version that must not be
 * written over, the list lives on in memory for this page (shared by every
 * copy of the library on it), and `persistent` turns false so components can say so.
 *
 * Entries are snapshots taken at save time; a session that leaves the feed keeps its entry until
 * the person removes it. One store per event and page: {@link SavedStore.for}.
 */
export class SavedStore {
  private static readonly stores = new Map<string, SavedStore>();

  /** The store of an event (its id, else its name; see `savedEventKey`), created on first use. */
  static for(eventKey: string): SavedStore {
    let store = SavedStore.stores.get(eventKey);
    if (!store) {
      if (SavedStore.stores.size === 0 && !isServer) {
        window.addEventListener('storage', SavedStore.handleStorage);
        window.addEventListener(WRITTEN_EVENT, SavedStore.handleWritten);
      }
      store = new SavedStore(savedStorageKey(eventKey));
      SavedStore.stores.set(eventKey, store);
    }
    return store;
  }

  /**
   * Another tab changed (or cleared) storage: the stores concerned re-read, keep what this page
   * saved that the other tab had not seen yet, and tell their listeners.
   */
  private static readonly handleStorage = (event: StorageEvent): void => {
    for (const store of SavedStore.stores.values()) {
      if (event.key !== null && event.key !== store.key) continue;
      const mine = store.list;
      if (!store.refresh()) continue;
      if (event.key !== null) store.keepUnseen(mine, event.oldValue);
      store.notify();
    }
  };

  /** Another copy of the library on this page wrote a saved list (in storage or in memory): the store of that key re-reads it (a store that wrote it has nothing new). */
  private static readonly handleWritten = (event: Event): void => {
    const key = (event as CustomEvent<unknown>).detail;
    for (const store of SavedStore.stores.values()) if (key === store.key && store.refresh()) store.notify();
  };

  /** The last stored text read or written (`undefined` before the first read), so storage is parsed only when it changed. */
  private raw: string | null | undefined;
  private list: readonly SavedEntry[] = [];
  private idSet: ReadonlySet<string> = new Set();
  private memoryOnly = false;
  private readonly listeners = new Set<() => void>();

  private constructor(readonly key: string) {}

  /** The saved entries, in the order they were saved. */
  get entries(): readonly SavedEntry[] {
    this.refresh();
    return this.list;
  }

  /** The saved session ids; the same set object until the list changes. */
  get ids(): ReadonlySet<string> {
    this.refresh();
    return this.idSet;
  }

  /** False when the browser's storage is unavailable and the list is kept in this page's memory only. */
  get persistent(): boolean {
    this.refresh();
    return !this.memoryOnly;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Saves sessions not saved yet, each with a snapshot taken now; those already saved keep theirs. */
  save(sessions: readonly Session[], nowMs: number = Date.now()): void {
    const known = this.ids;
    const added = new Map<string, SavedEntry>();
    for (const session of sessions) {
      if (!known.has(session.id) && !added.has(session.id)) added.set(session.id, toSavedEntry(session, nowMs));
    }
    if (added.size > 0) this.commit([...this.list, ...added.values()]);
  }

  /** Puts back an entry that was removed (Undo), with the snapshot it had, unless it is saved again already. */
  restore(entry: SavedEntry): void {
    if (!this.has(entry.id)) this.commit([...this.list, entry]);
  }

  /** Removes a saved entry, whether or not its session is still in the feed. */
  remove(id: string): void {
    if (this.has(id)) this.commit(this.list.filter((entry) => entry.id !== id));
  }

  /** Calls `listener` after every change, from this page or another tab; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Re-reads storage when its text changed since the last read or write (another tab, or another
   * copy of the library). Falls back to memory, keeping the list, when storage throws.
   * Returns whether anything the store reports changed.
   */
  private refresh(): boolean {
    if (this.memoryOnly) return this.readMemory();
    let raw: string | null;
    // Reading `localStorage` itself throws where storage is blocked; where there is none (null in some browsers, no `window` in Node), this throws too.
    try {
      raw = window.localStorage.getItem(this.key);
    } catch {
      this.memoryOnly = true;
      this.readMemory();
      return true;
    }
    if (raw === this.raw) return false;
    const list = parseStored(raw);
    if (list === undefined) {
      // Another version's list: keep ours in memory rather than lose theirs.
      this.memoryOnly = true;
      this.readMemory();
      return true;
    }
    this.raw = raw;
    this.setList(list);
    return true;
  }

  /**
   * After another tab wrote the list: puts back the entries of `mine` (this page's list before) that
   * the other tab's write was not based on (not in `theirOld`, the list it read, often late) and
   * that it did not add itself. Entries it had seen and left out are removals and stay removed.
   */
  private keepUnseen(mine: readonly SavedEntry[], theirOld: string | null): void {
    const seen = new Set((parseStored(theirOld) ?? []).map((entry) => entry.id));
    const unseen = mine.filter((entry) => !seen.has(entry.id) && !this.idSet.has(entry.id));
    if (unseen.length > 0) this.commit([...this.list, ...unseen]);
  }

  /** Takes the page's list in memory, when another copy of the library changed it; returns whether it did. */
  private readMemory(): boolean {
    const shared = memoryLists().get(this.key);
    if (shared === undefined || shared === this.list) return false;
    this.setList(shared);
    return true;
  }

  private setList(list: readonly SavedEntry[]): void {
    this.list = list;
    this.idSet = new Set(list.map((entry) => entry.id));
  }

  /**
   * Keeps a new list: in memory at once, then in storage (where copies of feeds kept for offline use
   * go to make room when it is full), or in memory only from the first write that fails.
   */
  private commit(list: readonly SavedEntry[]): void {
    this.setList(list);
    if (!this.memoryOnly) {
      const raw = list.length === 0 ? null : JSON.stringify({ version: STORED_VERSION, entries: list });
      try {
        if (raw === null) window.localStorage.removeItem(this.key);
        else writeMakingRoom(window.localStorage, this.key, raw);
        this.raw = raw;
      } catch {
        this.memoryOnly = true;
      }
    }
    if (this.memoryOnly) memoryLists().set(this.key, list);
    window.dispatchEvent(new CustomEvent(WRITTEN_EVENT, { detail: this.key }));
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Gives a component the saved list of its schedule's event (`store`, undefined until the schedule
 * is known) and re-renders it on every change of that list, made in this page or in another tab.
 * The event a feed URL named is remembered in storage, so that while that feed cannot be read (offline,
 * and no copy of it kept: a feed over the copies' limit, a copy let go) `store` is already that event's list.
 * Add it after the feed controller, so the schedule is settled when it looks.
 */
export class SavedController implements ReactiveController {
  private current?: SavedStore;
  private connected = false;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly feed: { readonly schedule?: Schedule | undefined; readonly url?: string | undefined },
  ) {
    host.addController(this);
  }

  /** The store of the host's event, once its schedule is known, or the feed URL's event remembered. */
  get store(): SavedStore | undefined {
    return this.current;
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.follow();
  }

  hostUpdate(): void {
    const { schedule, url } = this.feed;
    const remembered = `schedule-elements:saved-event:${url}`;
    let key = schedule && savedEventKey(schedule.event);
    try {
      key ??= url && (window.localStorage[remembered] as string | undefined);
    } catch {
      // No storage: nothing was remembered.
    }
    const store = key ? SavedStore.for(key) : undefined;
    if (store === this.current) return;
    this.current = store;
    try {
      if (schedule && url) window.localStorage[remembered] = key;
    } catch {
      // No storage, or full: the list shows whenever the feed does.
    }
    this.follow();
  }

  /** Listens to the current store while the host is connected, and to nothing otherwise. */
  private follow(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.connected && this.current ? this.current.subscribe(() => this.host.requestUpdate()) : undefined;
  }
}

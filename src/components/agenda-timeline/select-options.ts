/**
 * The options of a filter's `<select>` as plain DOM, a few at a time. A big programme's speaker
 * filter has one option per speaker (700 at a congress): as Lit templates, each cost a template
 * instance with its markers and parts, all made when the panel opened and checked on every render
 * while it was open; and a phone takes over 50 ms to make 700 options at all, and as long again to
 * style them. So the select gets the option chosen (or the first ones) at once and the rest while
 * the page is idle, and all of them as soon as the person reaches it (focus, a pointer or a key,
 * before its list opens): it stays a native select, with its keyboard, type-ahead and what a
 * screen reader says of it, and every choice is there when the person chooses.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { inIdleSlices } from '../../internal/idle.js';

/** A choice: its value, its label, and the label's language where it is not the component's. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly lang?: string;
}

/** The most options added at a time (at once, then in each idle slice): made and styled in under 10 ms on a phone. */
const OPTIONS_PER_SLICE = 50;

class SelectOptionsDirective extends Directive {
  private select?: HTMLSelectElement;
  /** The choices shown: a render with the same list (any but a new schedule or locale) keeps the options. */
  private shown?: readonly Choice[];
  private all?: string;
  /** The choices in the select: those from `from` up to `to` (a range that grows both ways from the one chosen first). */
  private from = 0;
  private to = 0;

  /** Nothing on a server, which runs no element directive (the filters are not rendered there). */
  render(_all: string, _choices: readonly Choice[], _selected: string | undefined): typeof nothing {
    return nothing;
  }

  /** "All …" (the value `''`) and the choices, made again only for another list; then `selected` (or "All …", for none or one not offered) chosen. */
  override update(part: ElementPart, [all, choices, selected]: Parameters<this['render']>): typeof noChange {
    const select = (this.select ??= part.element as HTMLSelectElement);
    // Every option at once when the person reaches the select (a key, a click or a tap focuses it first), before its list opens.
    if (!this.shown) select.addEventListener('focus', () => this.add(Infinity));
    const value = selected ?? '';
    if (choices !== this.shown || all !== this.all) {
      this.shown = choices;
      this.all = all;
      this.from = this.to = Math.max(0, choices.findIndex((choice) => choice.value === value));
      select.replaceChildren(new Option(all, ''));
      // All of them for a person already in the select (the programme refreshed under them).
      if (!this.add(select.matches(':focus') ? Infinity : OPTIONS_PER_SLICE)) inIdleSlices(() => this.add(OPTIONS_PER_SLICE), () => this.shown === choices && select.isConnected);
    }
    if (select.value !== value) {
      select.value = value;
      // One not added yet (chosen elsewhere while the rest is being added): all of them, then it.
      if (select.value !== value) {
        this.add(Infinity);
        select.value = value;
      }
      if (select.selectedIndex < 0) select.selectedIndex = 0;
    }
    return noChange;
  }

  /** Adds up to `count` of the options missing, after those in the select, then before them; true once all are in. */
  private add(count: number): boolean {
    const choices = this.shown!;
    const options = (start: number, end: number): HTMLOptionElement[] =>
      choices.slice(start, end).map(({ value, label, lang }) => {
        const option = new Option(label, value);
        if (lang) option.lang = lang;
        return option;
      });
    const to = Math.min(choices.length, this.to + count);
    const from = Math.max(0, this.from - (count - (to - this.to)));
    this.select!.append(...options(this.to, to));
    this.select!.options[0]!.after(...options(from, this.from));
    this.from = from;
    this.to = to;
    return from === 0 && to === choices.length;
  }
}

/** `<select ${selectOptions(allLabel, choices, selectedValue)}>`: the select's options, which it alone then holds. */
export const selectOptions = directive(SelectOptionsDirective);

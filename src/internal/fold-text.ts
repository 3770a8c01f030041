/**
 * Text folded for a search that ignores accents and case, shared by the timeline's search and
 * `<speaker-list>`'s. Pure code (no DOM).
 */

const NON_ASCII = /[^ -~\s]/;

/**
 * Letters with a mark that Unicode does not split off (NFD leaves them whole), as people type them
 * without it: "Søren" is found by "soren", "Łódź" by "lodz", "Straße" by "strasse".
 */
const WHOLE_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't',
  ı: 'i', ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th',
};
const WHOLE_LETTER = /[øØłŁđĐðÐħĦŧŦıßẞæÆœŒþÞ]/g;

/**
 * Text folded for comparison: accents removed, lower case, white space collapsed ("Désirée" → "desiree",
 * "Søren  Østergaard" → "soren ostergaard"). Plain ASCII text skips the Unicode steps. Lower-casing
 * comes last on purpose: it returns a flat string, where a global `replace` leaves one that V8
 * flattens on the first search, which made the first keystroke over 10,000 sessions cost as much as
 * folding them again (and `split`/`join` collapses white space several times faster than the global replace).
 */
export function foldText(text: string): string {
  const plain = NON_ASCII.test(text)
    ? text.normalize('NFD').replace(/\p{M}+/gu, '').replace(WHOLE_LETTER, (letter) => WHOLE_LETTERS[letter]!)
    : text;
  return plain.split(/\s+/).join(' ').toLowerCase();
}

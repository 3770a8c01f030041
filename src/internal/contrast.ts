/**
 * WCAG 2 colour contrast, for text placed on colours that come from a feed (track colours) or are
 * derived from a name (avatar initials). Pure code.
 */

/** The WCAG relative luminance of a `#rgb` or `#rrggbb` colour, or undefined for anything else. */
export function relativeLuminance(hex: string): number | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(digits.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21; undefined when either cannot be read. */
export function contrastRatio(a: string, b: string): number | undefined {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

type TextColor = '#000000' | '#ffffff' | undefined;

/** The answers of {@link textColorOn}: a programme has a handful of colours and asks for each cell it renders. */
const textColors = new Map<string, TextColor>();
const TEXT_COLORS_LIMIT = 256;

/** Black or white text for a background colour, whichever contrasts more; undefined when the colour cannot be read. */
export function textColorOn(background: string): TextColor {
  if (textColors.has(background)) return textColors.get(background);
  const onBlack = contrastRatio(background, '#000000');
  const onWhite = contrastRatio(background, '#ffffff');
  const color = onBlack === undefined || onWhite === undefined ? undefined : onBlack >= onWhite ? '#000000' : '#ffffff';
  if (textColors.size >= TEXT_COLORS_LIMIT) textColors.clear();
  textColors.set(background, color);
  return color;
}

/**
 * Legible text on a track's colour: black or white, whichever contrasts more by the WCAG 2
 * formula. Pure code.
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

/** The WCAG contrast ratio of two luminances (1 to 21). */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Black or white text for a background colour; undefined when the colour cannot be read. */
export function textColorOn(background: string): '#000000' | '#ffffff' | undefined {
  const luminance = relativeLuminance(background);
  if (luminance === undefined) return undefined;
  return contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
}

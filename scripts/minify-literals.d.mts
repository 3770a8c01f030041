import type { Plugin } from 'vite';
export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyLiterals(code: string, fileName?: string): string;
export function minifyLiteralsPlugin(): Plugin;

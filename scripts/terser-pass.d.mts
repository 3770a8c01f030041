import type { Plugin } from 'vite';
export function terserPassPlugin(): Plugin;

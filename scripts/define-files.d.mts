import type { Plugin } from 'vite';
export function defineFilesPlugin(): Plugin;

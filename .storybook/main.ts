import type { StorybookConfig } from '@storybook/web-components-vite';
import { defineFilesPlugin } from '../scripts/define-files.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The stories import the define files of the sources, which register tags (see the plugin).
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), defineFilesPlugin()] }),
};
export default config;

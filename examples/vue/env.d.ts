// Single-file components for tsc; their templates are checked by Vite's Vue plugin when it builds.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

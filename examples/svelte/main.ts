// The tags are registered before the app mounts, so Svelte sees `schedule` as a property of each element.
import 'schedule-elements/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.body });

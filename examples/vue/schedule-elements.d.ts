// The tags with their attributes, properties and events in Vue templates, for Volar and vue-tsc
// (`npm run typecheck:examples`; generated from custom-elements.json into dist/types/vue.d.ts).
import 'schedule-elements/vue';

// The tags with their attributes, properties and events in Vue templates, for Volar and vue-tsc
// (generated from custom-elements.json into dist/types/vue.d.ts).
import 'schedule-elements/vue';

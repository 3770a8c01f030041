/**
 * FullCalendar 7.1 for the timeline bench, as its README sets it up: the `fullcalendar` package's
 * Calendar, its timegrid plugin and the classic theme (the look of v6), with temporal-polyfill
 * (used internally, not installed globally), in one minified file plus one CSS file (skeleton,
 * classic theme and palette), exposed as `window.FullCalendar7`.
 */
import { Calendar } from 'fullcalendar';
import classicThemePlugin from 'fullcalendar/themes/classic';
import timeGridPlugin from 'fullcalendar/timegrid';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';

(window as unknown as { FullCalendar7: unknown }).FullCalendar7 = { Calendar, plugins: [timeGridPlugin, classicThemePlugin], version: '7' };

/**
 * FullCalendar 6.1 for the timeline bench, as a site would ship it: @fullcalendar/core and
 * @fullcalendar/timegrid in one minified file (v6 injects its own CSS), exposed as `window.FullCalendar6`.
 */
import { Calendar } from '@fullcalendar/core';
import timeGridPlugin from '@fullcalendar/timegrid';

(window as unknown as { FullCalendar6: unknown }).FullCalendar6 = { Calendar, plugins: [timeGridPlugin], version: '6' };

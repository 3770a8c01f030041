// Built ahead of time by Vite with the Angular compiler and linker (vite.config.ts), as an Angular
// CLI app is: no compiler in the page. An Angular CLI app takes the same component and main.ts.
import 'schedule-elements/define';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

await bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });

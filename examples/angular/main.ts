// The Angular compiler in the page compiles the component's template when the app starts (JIT), so
// Vite alone builds the example, with no Angular CLI; an Angular CLI app (AOT) takes the same component.
import '@angular/compiler';
import 'schedule-elements/define';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

await bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });

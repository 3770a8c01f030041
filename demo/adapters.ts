// demo/adapters.html: previews a sample of each format, or a shared real feed, through the adapters.
import { html, render } from 'lit';
import { SAMPLES, inspect, renderSample, type FeedSample } from '../stories/feeds/samples.js';

const select = document.getElementById('feed') as HTMLSelectElement;
const zoneInput = document.getElementById('event-time-zone') as HTMLInputElement;
const nameInput = document.getElementById('event-name') as HTMLInputElement;
const preview = document.getElementById('preview') as HTMLElement;

/** Every feed on offer by its option value: the samples, then the real feeds the dev server lists. */
const feeds = new Map<string, FeedSample>(Object.entries(SAMPLES));

function addOption(group: string, value: string, label: string): void {
  document.getElementById(group)!.append(new Option(label, value));
}

/** Shows the chosen feed, read with the time zone and name typed in (a sample's own when empty). */
async function show(): Promise<void> {
  const feed = feeds.get(select.value)!;
  const sample: FeedSample = {
    ...feed,
    eventTimeZone: zoneInput.value.trim() || feed.eventTimeZone,
    eventName: nameInput.value.trim() || feed.eventName,
  };
  render(html`<p>Reading ${sample.label}…</p>`, preview);
  render(renderSample(sample, await inspect(sample, 12)), preview);
}

for (const [key, sample] of feeds) addOption('samples', key, sample.label);
const real = (await (await fetch('/demo/shared-feeds.json')).json()) as { name: string; url: string }[];
for (const { name, url } of real) {
  feeds.set(url, { label: name, url });
  addOption('real', url, name);
}
document.getElementById('real')!.hidden = real.length === 0;

select.addEventListener('change', () => void show());
for (const input of [zoneInput, nameInput]) input.addEventListener('change', () => void show());
void show();

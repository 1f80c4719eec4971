// Offline copy of Know Your Rights Chicago. This worker is registered ONLY when the person
// chooses "Save for offline use" (src/browser.rs): an offline copy leaves a trace on the device,
// so it is never made without that choice. Installing it saves the pages of the chosen language
// and the app's files (listed at build time in /offline/<language>.json); it then answers from
// that copy, falling back to the network.
const CACHE = 'kyr-offline-v1';

self.addEventListener('install', (event) => {
  const lang = new URL(self.location.href).searchParams.get('lang') || 'en';
  event.waitUntil(
    fetch(`/offline/${encodeURIComponent(lang)}.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`no offline list for ${lang}`);
        return response.json();
      })
      .then((urls) => caches.open(CACHE).then((cache) => cache.addAll(urls)))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((cached) => cached || fetch(request)));
});

// What the site's pages do besides drawing themselves, in the boot module: quick exit's blank
// screen and history replacement (and Shift ×3), remembering a language the person chose, read
// aloud, print, the offline copy, and on the site root the suggested language. The page draws the
// controls; this answers them. So they work on the pages the app never takes over (law, myths,
// help, about, card, safety, glossary, home and the language choice: `#app[data-static]`), and on
// the walk's pages before the WebAssembly arrives. Nothing is sent anywhere; the only thing kept
// is the language the person chose, and the offline copy when they ask for it.
{
  const root = document.documentElement;
  const plain = (e) => e.button === 0 && !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);

  // Quick exit: blank the page at once, then replace it in the history with the neutral site, so
  // Back does not return here. The link alone already goes there (without scripts too).
  const exit = (to) => {
    document.body.classList.add('exiting');
    location.replace(to);
  };
  // Shift ×3, and the page shown again when restored from the back-forward cache
  // (js/quick-exit-keys.js, put before this file by the build).
  quickExitKeys(() => {
    const a = document.querySelector('a.quick-exit');
    if (a) exit(a.href);
  });

  // Read aloud, in the page's language, where the browser can speak (the stylesheet shows the
  // button only under `.can-speak`). Leaving the page stops it.
  const speech = 'speechSynthesis' in window ? speechSynthesis : null;
  if (speech) root.classList.add('can-speak');
  const pressed = (on) => {
    for (const b of document.querySelectorAll('.read-aloud button')) b.setAttribute('aria-pressed', String(on));
  };
  const hush = () => {
    if (speech && (speech.speaking || speech.pending)) speech.cancel();
    pressed(false);
  };
  addEventListener('popstate', hush);
  addEventListener('pagehide', hush);

  addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (!t) return;
    const quick = t.closest('a.quick-exit');
    if (quick && plain(e)) {
      e.preventDefault();
      exit(quick.href);
      return;
    }
    // The presenter view starts at the step shown (the app may have moved on since the page
    // was drawn): /<lang>/scenarios/<id>/<walk> -> /<lang>/present/<id>#/<walk>.
    const present = t.closest('a.present-link');
    const step = present && location.pathname.match(/^\/([^/]+)\/scenarios\/([^/]+)(\/.*)?$/);
    if (step) present.href = `/${step[1]}/present/${step[2]}#${step[3] || '/'}`;
    const language = t.closest('.language-picker a[hreflang], a.language-option');
    if (language) {
      try {
        localStorage.setItem('kyr-language', language.hreflang);
      } catch (_) {}
    }
    if (t.closest('a[href]')) hush();
    if (t.closest('.print-button')) print();
    const read = t.closest('.read-aloud button');
    if (read && speech) {
      if (read.getAttribute('aria-pressed') === 'true') return hush();
      hush();
      const main = document.querySelector('main');
      const said = new SpeechSynthesisUtterance(main ? main.innerText : '');
      said.lang = root.lang;
      said.onend = () => pressed(false);
      speech.speak(said);
      pressed(true);
    }
  });

  // Print-outs carry the page's full address: the page has its path, which becomes the address
  // whenever the page is printed (or shown as print).
  const address = () => {
    const p = document.querySelector('.page-address');
    const walker = p && document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    while (walker && walker.nextNode()) {
      const t = walker.currentNode;
      if (t.data.includes(location.pathname) && !t.data.includes(location.href)) {
        t.data = t.data.replace(location.pathname, location.href);
      }
    }
  };
  addEventListener('beforeprint', address);
  matchMedia('print').addEventListener('change', (m) => m.matches && address());

  // The offline copy (About): saved only when the person asks; "Remove" deletes it.
  const box = document.querySelector('.offline');
  if (box) {
    const status = box.querySelector('.offline-status');
    const save = box.querySelector('.offline-save');
    const remove = box.querySelector('.offline-remove');
    const sw = navigator.serviceWorker;
    const show = (state) => {
      status.textContent = state ? box.dataset[state] : '';
      save.hidden = state === 'saved' || state === 'unavailable';
      save.disabled = state === 'saving';
      remove.hidden = state !== 'saved';
    };
    if (!sw || !isSecureContext) show('unavailable');
    else sw.getRegistration().then((r) => show(r ? 'saved' : ''), () => show('unavailable'));
    save.addEventListener('click', async () => {
      show('saving');
      try {
        await sw.register('/sw.js?lang=' + encodeURIComponent(root.lang));
        await Promise.race([sw.ready, new Promise((_, no) => setTimeout(no, 120000))]);
        show('saved');
      } catch (_) {
        show('error');
      }
    });
    remove.addEventListener('click', async () => {
      for (const r of await sw.getRegistrations()) await r.unregister();
      await caches.delete('kyr-offline-v1');
      show('removed');
    });
  }

  // The site root: a language chosen before (and only then) opens straight away; otherwise the
  // best match for the browser's languages comes first (the same rules as `i18n::negotiate`).
  const list = document.querySelector('.language-list');
  if (list) {
    const links = [...list.querySelectorAll('a.language-option')];
    let chosen = null;
    try {
      chosen = localStorage.getItem('kyr-language');
    } catch (_) {}
    const again = links.find((a) => a.hreflang === chosen);
    if (again) {
      location.replace(again.href);
    } else {
      let best = null;
      for (const p of (navigator.languages || []).map((l) => l.toLowerCase())) {
        const code = (a) => a.hreflang.toLowerCase();
        const primary = p.split('-')[0];
        const traditional = /^zh-(tw|hk|mo|hant)/.test(p);
        best =
          links.find((a) => code(a) === p) ||
          links.find((a) => code(a).split('-')[0] === primary && !(primary === 'zh' && traditional));
        if (best) break;
      }
      if (best) {
        best.classList.add('suggested');
        if (list.firstElementChild !== best.parentElement) list.prepend(best.parentElement);
      }
    }
  }

  // Pages the app never takes over are ready now (tests wait for this; the app sets it itself).
  if (document.querySelector('#app[data-static]')) root.dataset.ready = 'yes';
}

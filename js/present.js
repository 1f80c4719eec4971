// The presenter view's script (src/trainer.rs draws the deck): keyboard and clicker keys, the
// blank screen, the trainer's notes, and a second language beside the first. Every slide has its
// own address (the fragment), and the stylesheet shows the addressed one (`:target`), so this
// only changes the fragment; without it, the slides' own links still walk the situation.
(() => {
  const deck = document.querySelector('.deck');
  if (!deck) return;
  const root = document.documentElement;
  root.classList.add('has-script');

  const current = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (_) {}
    const s = id && document.getElementById(id);
    return s && s.classList.contains('slide') ? s : document.getElementById('follow');
  };
  const go = (id) => {
    if (id) location.hash = id;
  };
  const choices = (s) => [...s.querySelectorAll('.slide-body:not(.second) .choice')];
  const show = () => {
    const s = current();
    scrollTo(0, 0);
    s.focus({ preventScroll: true });
  };
  addEventListener('hashchange', show);
  if (location.hash) show();

  // The address on the follow-along slide: the site's own, wherever the deck is served from.
  for (const p of document.querySelectorAll('.site-address')) {
    if (!p.textContent.trim().startsWith('http')) p.textContent = location.origin + p.dataset.path;
  }

  const step = (s, by) => {
    const list = choices(s);
    const at = list.indexOf(document.activeElement);
    const next = at < 0 ? (by > 0 ? 0 : list.length - 1) : (at + by + list.length) % list.length;
    list[next].focus();
  };
  // A slide taller than the screen (a long answer) is read to its end before the next one, and
  // from its top before the one before: clickers send only PageDown and PageUp.
  const more = (by) => {
    const room = by > 0 ? document.documentElement.scrollHeight - innerHeight - scrollY : scrollY;
    if (room < 2) return false;
    scrollBy({ top: by * innerHeight * 0.8 });
    return true;
  };
  const next = (s) => {
    const list = choices(s);
    if (list.length) {
      // The highlighted answer, or first highlight one: the room sees which is chosen (the
      // browser scrolls it into view).
      const at = list.indexOf(document.activeElement);
      if (at < 0) list[0].focus();
      else go(list[at].getAttribute('href').slice(1));
    } else if (!more(1)) {
      go(s.dataset.next);
    }
  };

  addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (e.target.closest && e.target.closest('select, input, textarea')) return;
    const s = current();
    const onLink = e.target.closest && e.target.closest('a') && !e.target.closest('.choice');
    switch (e.key) {
      case 'ArrowRight':
      case 'PageDown':
      case ' ':
        next(s);
        break;
      case 'Enter':
        if (onLink) return;
        next(s);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        if (choices(s).length || !more(-1)) go(s.dataset.prev);
        break;
      // On a question, ↑ ↓ highlight an answer; elsewhere they scroll a long slide.
      case 'ArrowDown':
      case 'ArrowUp':
        if (!choices(s).length) return;
        step(s, e.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
        go(deck.dataset.first || '/');
        break;
      case 'End':
        go('follow');
        break;
      case 'b':
      case 'B':
      case '.':
        root.classList.toggle('blanked');
        break;
      case 'n':
      case 'N':
        root.classList.toggle('show-notes');
        break;
      case 'Escape':
        location.href = s.dataset.leave;
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  // A second language beside the first: the same deck in that language, each slide's words put
  // beside this one's. The choice lives in the address (`?with=es`), so a bookmark keeps it and
  // nothing is stored.
  const select = document.getElementById('second-language');
  const status = document.getElementById('second-status');
  const clear = () => {
    for (const el of deck.querySelectorAll('.second')) el.remove();
    root.classList.remove('bilingual');
  };
  const pair = async (code) => {
    clear();
    status.textContent = '';
    if (!code) return;
    try {
      const r = await fetch(`/${code}/present/${deck.dataset.deck}`);
      if (!r.ok) throw new Error(r.status);
      const other = new DOMParser().parseFromString(await r.text(), 'text/html');
      const html = other.documentElement;
      for (const s of deck.querySelectorAll('.slide')) {
        const o = other.getElementById(s.id);
        const body = o && o.querySelector('.slide-body');
        if (!body) continue;
        const copy = document.importNode(body, true);
        copy.classList.add('second');
        copy.lang = html.lang;
        copy.dir = html.dir;
        for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
        // The second language repeats the words; the answers are chosen in the first.
        for (const a of copy.querySelectorAll('a')) a.tabIndex = -1;
        s.querySelector('.slide-body').after(copy);
      }
      root.classList.add('bilingual');
    } catch (_) {
      status.textContent = select.dataset.failed;
    }
  };
  const valid = (code) => [...select.options].some((o) => o.value === code);
  const asked = new URLSearchParams(location.search).get('with') || '';
  if (asked && valid(asked)) {
    select.value = asked;
    pair(asked);
  }
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('with', select.value);
    else url.searchParams.delete('with');
    history.replaceState(null, '', url);
    pair(select.value);
    // Back to the slide, so the keys walk the slides again (not the list's options).
    current().focus({ preventScroll: true });
  });
})();

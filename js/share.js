// The share control at the end of every page (the `.share-button` the page draws; hidden where
// scripts do not run). It shares the page's own address, without query or fragment: the
// phone's share sheet where the browser has one, otherwise the address is copied, otherwise it is
// shown to copy by hand. An embed page (/embed/…) shares the same step on the site itself. The
// build puts this into the app's boot module and into the scripts of the pages without the app,
// so it works before (and without) the WebAssembly. Nothing is sent anywhere and nothing is kept.
{
  let box = null;
  let timer = 0;
  // The message, in a status line of its own outside the app's markup (which the app redraws).
  const say = (text, link) => {
    if (!box) {
      box = document.createElement('div');
      box.className = 'share-status no-print';
      box.setAttribute('role', 'status');
      document.body.append(box);
    }
    clearTimeout(timer);
    box.replaceChildren(text);
    box.hidden = false;
    if (link) {
      const field = document.createElement('input');
      field.readOnly = true;
      field.value = link;
      field.setAttribute('aria-label', text);
      box.append(' ', field);
      field.select();
    } else {
      timer = setTimeout(() => (box.hidden = true), 6000);
    }
  };
  addEventListener('click', async (e) => {
    const button = e.target instanceof Element && e.target.closest('.share-button');
    if (!button) {
      if (box && !box.contains(e.target)) box.hidden = true;
      return;
    }
    const url = location.origin + location.pathname.replace(/^\/embed(?=\/)/, '');
    if (navigator.share) {
      try {
        await navigator.share({ title: document.title, url });
        return;
      } catch (err) {
        // Closing the share sheet is an answer; anything else (not allowed in this frame) copies.
        if (err && err.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      say(button.dataset.copied);
    } catch (_) {
      say(button.dataset.copyThis, url);
    }
  });
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && box) box.hidden = true;
  });
}

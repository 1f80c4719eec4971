// The embed code page (/<lang>/embed, src/embed.rs): builds the code a partner pastes from the
// options, shows it live in the preview frame, and copies it. The code is the same text as
// `embed::snippet` writes into the page ahead of time (the browser tests compare the two), with
// the address this page is served from. The options get the same checks as the embed pages
// apply (js/embed-frame.js): a hex colour, an https address.
const $ = (id) => document.getElementById(id);
const lang = $('embed-lang');
const start = $('embed-start');
const accent = $('embed-accent');
const exit = $('embed-exit');
const exitError = $('embed-exit-error');
const code = $('embed-code');
const preview = $('embed-preview');
const copy = $('embed-copy');
const status = $('embed-copy-status');
const brand = accent.defaultValue.toLowerCase();
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const snippet = (src) =>
  `<iframe src="${attr(src)}" title="${attr(code.dataset.title)}" width="100%" height="640"\n` +
  `  style="border:0;width:100%" loading="lazy" referrerpolicy="no-referrer"\n` +
  `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"\n` +
  `  allow="web-share; clipboard-write"></iframe>\n` +
  `<script src="${attr(location.origin)}/embed.js" async></script>`;

const update = () => {
  const q = new URLSearchParams();
  const colour = accent.value.toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(colour) && colour !== brand) q.set('accent', colour.slice(1));
  let ok = true;
  const typed = exit.value.trim();
  if (typed) {
    try {
      const u = new URL(typed);
      ok = u.protocol === 'https:' && !u.username && !u.password;
      if (ok) q.set('exit', u.href);
    } catch (_) {
      ok = false;
    }
  }
  exitError.hidden = ok;
  if (ok) exit.removeAttribute('aria-invalid');
  else exit.setAttribute('aria-invalid', 'true');
  const query = q.toString();
  const path = '/embed/' + lang.value + (start.value ? '/scenarios/' + start.value : '') + (query ? '?' + query : '');
  code.value = snippet(location.origin + path);
  if (preview.getAttribute('src') !== path) preview.setAttribute('src', path);
  status.textContent = '';
};
for (const control of [lang, start, accent, exit]) {
  control.addEventListener('input', update);
  control.addEventListener('change', update);
}
update();

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = copy.dataset.copied;
  } catch (_) {
    code.focus();
    code.select();
    status.textContent = copy.dataset.failed;
  }
});

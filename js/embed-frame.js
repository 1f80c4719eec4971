// Know Your Rights Chicago, inside a partner's frame (/embed/...): this page runs this script
// instead of the app (src/embed.rs). It applies the options in the frame's address, tells the
// host page's loader (embed.js) how tall the page is, and sends quick exit to the whole window.
// Nothing from the address reaches the page as markup or style text: the accent must be a hex
// colour and is set as one CSS property, the exit address must be https, and the starting
// situation must be one the page lists.
const q = new URLSearchParams(location.search);
const root = document.documentElement;
const hex = (q.get('accent') || '').replace(/^#/, '');
if (/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(hex)) root.style.setProperty('--accent', '#' + hex);
let exitTo = null;
try {
  const u = new URL(q.get('exit') || '');
  if (u.protocol === 'https:' && !u.username && !u.password) exitTo = u.href;
} catch (_) {}
const exitLink = document.querySelector('a.quick-exit');
if (exitTo && exitLink) exitLink.href = exitTo;

// The options travel with every step of the walk.
const keep = new URLSearchParams();
if (root.style.getPropertyValue('--accent')) keep.set('accent', hex);
if (exitTo) keep.set('exit', exitTo);
for (const a of document.querySelectorAll('a[target="_self"]')) a.search = keep.toString();

// The starting situation: on the list, go straight to it if it is one of the listed ones.
const start = q.get('scenario');
if (start && /^\/embed\/[^/]+\/?$/.test(location.pathname)) {
  const link = [...document.querySelectorAll('a.scenario-link')].find((a) => a.pathname.endsWith('/scenarios/' + start));
  if (link) location.replace(link.href);
}

const tell = (message) => {
  if (parent !== window) parent.postMessage(message, '*');
};
const frame = document.querySelector('.embed-frame');
if (frame) {
  new ResizeObserver(() => tell({ type: 'kyr:height', height: Math.ceil(frame.getBoundingClientRect().height) })).observe(frame, { box: 'border-box' });
}

// Quick exit: blank the page, ask the loader to take the host page away, and go there ourselves
// where the browser allows a frame to (a click or a key press).
const leave = () => {
  const to = exitLink ? exitLink.href : 'https://www.weather.gov/';
  document.body.classList.add('exiting');
  tell({ type: 'kyr:exit', url: to });
  try {
    top.location.replace(to);
  } catch (_) {
    location.replace('about:blank');
  }
};
if (exitLink) {
  exitLink.addEventListener('click', (e) => {
    e.preventDefault();
    leave();
  });
}
// Three presses of Shift within two seconds, as on the site (js/quick-exit-keys.js).
quickExitKeys(leave);

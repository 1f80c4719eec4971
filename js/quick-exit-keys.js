// Quick exit's keys, for the site's pages (js/site.js) and embed pages (js/embed-frame.js); the
// build puts this file before both. Three presses of Shift within two seconds call `leave`
// (GOV.UK's pattern; not Escape, which also stops page loads), and a page restored from the
// back-forward cache is shown again rather than left blank.
const quickExitKeys = (leave) => {
  let shifts = 0;
  let first = 0;
  document.addEventListener('keydown', (e) => {
    if (e.repeat) return;
    if (e.key !== 'Shift') {
      shifts = 0;
      return;
    }
    const now = performance.now();
    if (shifts === 0 || now - first > 2000) {
      shifts = 1;
      first = now;
    } else if (++shifts >= 3) {
      shifts = 0;
      leave();
    }
  });
  addEventListener('pageshow', (e) => {
    if (e.persisted) document.body.classList.remove('exiting');
  });
};

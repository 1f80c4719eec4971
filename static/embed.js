/* Know Your Rights Chicago: the loader for its embed frame (MIT OR Apache-2.0).
   Sizes each frame of the app to its content, and carries out quick exit for the whole page.
   It trusts only messages from the app's own address, and only from a frame of the app on this
   page. Without it the frame still works, at its own height, scrolling inside. */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var app = new URL(me.src).origin;
  addEventListener('message', function (e) {
    if (e.origin !== app || !e.data || typeof e.data !== 'object') return;
    var frames = document.getElementsByTagName('iframe'), f = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source && frames[i].src.indexOf(app + '/') === 0) f = frames[i];
    }
    if (!f) return;
    var d = e.data;
    if (d.type === 'kyr:height' && typeof d.height === 'number' && d.height > 0 && d.height < 1e5) {
      f.style.height = Math.ceil(d.height) + 'px';
    } else if (d.type === 'kyr:exit') {
      var to = 'https://www.weather.gov/';
      try {
        var u = new URL(d.url);
        if (u.protocol === 'https:') to = u.href;
      } catch (x) {}
      document.documentElement.style.visibility = 'hidden';
      location.replace(to);
    }
  });
})();

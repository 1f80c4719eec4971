// Should the app ever stop with an error (a bug: the release build's panics stop the WebAssembly
// at once, with nothing shown), the page is replaced by the page's own "Something went wrong —
// reload" text (the template's #crash), with quick exit kept above it, instead of a dead page.
{
  const crashed = (error) => {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    const app = document.getElementById('app');
    const text = document.getElementById('crash');
    if (!app || !text || app.dataset.crashed) return;
    app.dataset.crashed = 'yes';
    const exit = app.querySelector('.quick-exit-bar');
    app.replaceChildren(...(exit ? [exit.cloneNode(true)] : []), text.content.cloneNode(true));
  };
  addEventListener('error', (e) => crashed(e.error));
  addEventListener('unhandledrejection', (e) => crashed(e.reason));
}

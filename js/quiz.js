// The phone quiz (/<lang>/quiz, src/trainer.rs): one statement at a time, "True" or "Myth", then
// the answer with its sources. The score lives in this page's memory only: it is never stored or
// sent, and it is gone when the page closes. Without this script, every statement shows with its
// answer.
(() => {
  const quiz = document.querySelector('ol.quiz');
  if (!quiz) return;
  const items = [...quiz.querySelectorAll('.quiz-item')];
  const end = document.querySelector('.quiz-end');
  let right = 0;
  let at = 0;
  const show = (i) => {
    items.forEach((it, n) => {
      it.hidden = n !== i;
      it.querySelector('.quiz-answer').hidden = true;
      it.querySelector('.quiz-verdict').textContent = '';
      for (const b of it.querySelectorAll('.quiz-choices button')) {
        b.disabled = false;
        b.removeAttribute('aria-pressed');
      }
    });
    const heading = items[i].querySelector('.quiz-statement');
    heading.tabIndex = -1;
    return heading;
  };
  quiz.addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('button');
    if (!b) return;
    const it = b.closest('.quiz-item');
    if (b.matches('.quiz-true, .quiz-myth')) {
      const ok = b.matches('.quiz-myth');
      if (ok) right++;
      for (const c of it.querySelectorAll('.quiz-choices button')) c.disabled = true;
      b.setAttribute('aria-pressed', 'true');
      it.querySelector('.quiz-answer').hidden = false;
      const verdict = it.querySelector('.quiz-verdict');
      verdict.textContent = ok ? quiz.dataset.right : quiz.dataset.wrong;
      verdict.tabIndex = -1;
      verdict.focus();
    } else if (b.matches('.quiz-next')) {
      at++;
      if (at < items.length) {
        show(at).focus();
      } else {
        items[at - 1].hidden = true;
        end.hidden = false;
        const score = end.querySelector('.quiz-score');
        score.textContent = quiz.dataset.score.replace('{right}', right).replace('{total}', items.length);
        score.tabIndex = -1;
        score.focus();
      }
    }
  });
  end.querySelector('.quiz-again').addEventListener('click', () => {
    right = 0;
    at = 0;
    end.hidden = true;
    show(0).focus();
  });
  show(0);
})();

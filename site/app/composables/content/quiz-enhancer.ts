/**
 * The module page's only JavaScript (inlined, well under 1 KB): answers a knowledge check in place instead of
 * reloading the page. Text goes in with textContent only. Without JavaScript the form's GET submit does the same job.
 */
export const QUIZ_ENHANCER = `document.addEventListener('submit', function (e) {
  var f = e.target; if (!(f instanceof HTMLFormElement) || !f.hasAttribute('data-quiz')) return;
  var c = f.querySelector('input[type=radio]:checked'); if (!c) return;
  e.preventDefault();
  var ok = c.hasAttribute('data-correct'), d = f.dataset, box = document.createElement('div');
  box.className = 'quiz-feedback ' + (ok ? 'correct' : 'wrong');
  [[ok ? d.correctLabel : d.wrongLabel, true], [ok ? '' : d.answerLabel], [d.explanation]].forEach(function (p) {
    if (!p[0]) return; var el = document.createElement('p'), t = document.createTextNode(p[0]);
    if (p[1]) { var s = document.createElement('strong'); s.appendChild(t); el.appendChild(s); } else el.appendChild(t);
    box.appendChild(el);
  });
  f.querySelector('[data-quiz-feedback]').replaceChildren(box);
});`;

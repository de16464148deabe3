/**
 * The UI's one script, served same-origin at `/assets/app.js` (the CSP forbids inline script).
 * Progressive only: hovering an entity mention outlines the entity's other mentions, and a jump
 * to a finding's evidence (`#q-1`, `#m-e3`, `#ev-2`) lights up every piece of it whatever layers
 * are shown. Every page works without it.
 */

/** The script text. */
export const APP_SCRIPT = `'use strict';
document.addEventListener('mouseover', function (event) {
  var target = event.target instanceof Element ? event.target.closest('[data-entity]') : null;
  document.querySelectorAll('.hl-same').forEach(function (el) { el.classList.remove('hl-same'); });
  if (!target) return;
  var id = target.getAttribute('data-entity');
  document.querySelectorAll('[data-entity]').forEach(function (el) {
    if (el.getAttribute('data-entity') === id) el.classList.add('hl-same');
  });
});
function flashTarget() {
  document.querySelectorAll('.flash').forEach(function (el) { el.classList.remove('flash'); });
  var id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  document.querySelectorAll('[data-refs]').forEach(function (el) {
    if ((' ' + el.getAttribute('data-refs') + ' ').indexOf(' ' + id + ' ') >= 0) el.classList.add('flash');
  });
}
window.addEventListener('hashchange', flashTarget);
document.addEventListener('DOMContentLoaded', flashTarget);
`

/** A small same-origin icon, so browsers do not ask for a missing favicon. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14213d"/><circle cx="5" cy="5" r="2" fill="#fff"/><circle cx="11" cy="11" r="2" fill="#fff"/><path d="M5 5L11 11" stroke="#fff"/></svg>`

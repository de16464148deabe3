/**
 * The UI's one script, served same-origin at `/assets/app.js` (the CSP forbids inline script).
 * Progressive only: hovering an entity mention outlines the entity's other mentions; every page
 * works without it.
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
`

/** A small same-origin icon, so browsers do not ask for a missing favicon. */
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14213d"/><circle cx="5" cy="5" r="2" fill="#fff"/><circle cx="11" cy="11" r="2" fill="#fff"/><path d="M5 5L11 11" stroke="#fff"/></svg>`

/**
 * The UI's one stylesheet, served same-origin at `/assets/style.css` (the CSP allows no inline
 * styles). Highlight colours are paired with underlines so entity types, quotes, dates and events
 * stay distinguishable without colour.
 */

/** The stylesheet text. */
export const STYLESHEET = `
:root { --ink: #1d2430; --muted: #5d6778; --line: #d9dee7; --bg: #fbfcfd; --accent: #1f5fbf;
  --person: #fde7c8; --org: #dbe9ff; --place: #dcf3e2; --other: #efe3fb; --quote: #fff6b3; --date: #ffd9de; --event: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
header.site { background: #14213d; color: #fff; padding: .6rem 1.2rem; display: flex; gap: 1.2rem; align-items: baseline; flex-wrap: wrap; }
header.site a { color: #fff; } header.site .brand { font-weight: 700; font-size: 1.15rem; letter-spacing: .02em; }
header.site nav { display: flex; flex-wrap: wrap; gap: .3rem 1.1rem; }
main { max-width: 70rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .6rem 0; } h2 { font-size: 1.2rem; margin: 1.8rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.meta, .muted { color: var(--muted); font-size: .92rem; }
form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; background: #fff; border: 1px solid var(--line); padding: .8rem; border-radius: 6px; }
form.search label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
form.search input, form.search select { font: inherit; padding: .3rem .45rem; border: 1px solid #b9c2d0; border-radius: 4px; min-width: 8rem; }
form.search input[name=q] { min-width: 18rem; }
button { font: inherit; padding: .35rem .9rem; border: 0; border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
ol.hits { list-style: none; padding: 0; } ol.hits li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; margin: .6rem 0; }
ol.hits .title { font-weight: 600; font-size: 1.05rem; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 1.5rem; }
@media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
aside section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; margin-bottom: 1rem; }
aside h2 { margin-top: .2rem; font-size: 1rem; }
.article-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; font-size: 1.05rem; line-height: 1.7; overflow-wrap: anywhere; }
/* Layers are quiet until switched on: each switch is a checkbox the stylesheet reads with :has(). */
.article-text .ann { border-radius: 2px; color: inherit; pointer-events: none; }
.reader:has(#layer-entities:checked) .ann { pointer-events: auto; }
.reader:has(#layer-entities:checked) .ent-PERSON { background: var(--person); border-bottom: 2px solid #e0a040; }
.reader:has(#layer-entities:checked) .ent-ORG { background: var(--org); border-bottom: 2px solid #5b8fd9; }
.reader:has(#layer-entities:checked) :is(.ent-GPE, .ent-LOC, .ent-FAC) { background: var(--place); border-bottom: 2px solid #4caf6e; }
.reader:has(#layer-entities:checked) :is(.ent-NORP, .ent-EVENT, .ent-PRODUCT) { background: var(--other); border-bottom: 2px solid #9b6fd0; }
.reader:has(#layer-quotes:checked) .quote { background: var(--quote); font-style: italic; }
.reader:has(#layer-quotes:checked) .speaker { font-weight: 600; outline: 1px dashed #c7a000; }
.reader:has(#layer-dates:checked) .date { background: var(--date); border-bottom: 2px dotted #c0405a; }
.reader:has(#layer-events:checked) .event { text-decoration: underline wavy var(--event); text-decoration-thickness: 1px; text-underline-offset: 4px; }
.article-text .flash { background: #ffe27a !important; outline: 2px solid #c99a00; }
.anchor { scroll-margin-top: 4rem; }
fieldset.layers { display: flex; flex-wrap: wrap; gap: .3rem .6rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; margin: 0 0 .8rem; padding: .4rem .7rem; }
fieldset.layers legend { font-size: .85rem; color: var(--muted); padding: 0 .3rem; }
.layer-switch { display: inline-flex; align-items: center; gap: .35rem; padding: .2rem .5rem; border-radius: 999px; border: 1px solid #c8cfdb; cursor: pointer; font-size: .92rem; }
.layer-switch:has(input:checked) { background: #14213d; color: #fff; border-color: #14213d; }
.layer-switch:has(input:disabled) { opacity: .5; cursor: default; }
.layer-switch .count { font-size: .8rem; opacity: .8; }
.reader { display: grid; grid-template-columns: minmax(0, 1fr) 21rem; gap: 1.5rem; align-items: start; }
.side-panel { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow-y: auto; }
.side-panel .panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; margin-bottom: .8rem; }
.side-panel h2 { font-size: 1rem; margin: .2rem 0 .4rem; } .side-panel h3 { font-size: .9rem; margin: .6rem 0 .2rem; color: var(--muted); }
.side-panel ol, .side-panel ul { margin: .2rem 0; padding-left: 1.1rem; } .side-panel ul.plain, .side-panel ol.plain { padding-left: 0; }
.side-panel li { margin: .25rem 0; font-size: .92rem; }
.speaker-group summary { cursor: pointer; font-weight: 600; }
.page-link { font-size: .8rem; }
.notice { background: #fff4d6; border: 1px solid #e7c56b; border-radius: 6px; padding: .6rem .8rem; }
@media (max-width: 900px) { .reader { grid-template-columns: 1fr; } .side-panel { position: static; max-height: none; } }
a.ann { color: inherit; }
.legend span { display: inline-block; padding: 0 .4rem; margin: 0 .3rem .3rem 0; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f3f8; font-weight: 600; }
blockquote { margin: .5rem 0; padding: .4rem .8rem; border-left: 4px solid #e0c040; background: #fffbe6; }
.quote-list li { margin: .6rem 0; }
.badge { display: inline-block; font-size: .78rem; padding: 0 .45rem; border-radius: 999px; background: #e9edf4; color: #334; }
.badge.origin { background: #1f5fbf; color: #fff; } .badge.copy { background: #f3c4c4; } .badge.rewrite { background: #f6dfb0; } .badge.independent { background: #cfe9d4; }
svg { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
svg text { font: 12px system-ui, sans-serif; fill: #1d2430; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.empty { padding: 1rem; background: #fff; border: 1px dashed #b9c2d0; border-radius: 6px; color: var(--muted); }
ul.plain { list-style: none; padding-left: 0; } ul.plain li { margin: .25rem 0; }
.hl-same { outline: 2px solid #d04040; }
.skip-link { position: absolute; left: -999px; top: 0; background: #fff; color: var(--accent); padding: .4rem .8rem; z-index: 10; }
.skip-link:focus { left: .5rem; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.table-wrap { overflow-x: auto; }
.facets section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .8rem; margin-bottom: .8rem; }
.facets h2 { font-size: 1rem; margin: .2rem 0 .4rem; border: 0; }
.facets ul { list-style: none; padding: 0; margin: 0; } .facets li { display: flex; justify-content: space-between; gap: .5rem; font-size: .92rem; margin: .15rem 0; }
.facets .count { color: var(--muted); font-variant-numeric: tabular-nums; }
.active-filters { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0; }
.active-filters a { background: #e9edf4; border-radius: 999px; padding: .1rem .6rem; font-size: .88rem; color: var(--ink); }
.first-steps { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; }
.first-steps code, .first-steps pre { background: #f0f3f8; border-radius: 4px; padding: .1rem .3rem; }
.first-steps pre { padding: .5rem .7rem; overflow-x: auto; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .6rem; }
ol.timeline > li { position: relative; padding: .2rem 0 .9rem 1.2rem; }
ol.timeline > li::before { content: ''; position: absolute; left: -.55rem; top: .55rem; width: .8rem; height: .8rem; border-radius: 50%; background: #9aa6b8; }
ol.timeline > li.first::before { background: #1f5fbf; }
ol.timeline .when { font-variant-numeric: tabular-nums; color: var(--muted); font-size: .9rem; }
ol.timeline .after { color: var(--muted); font-size: .85rem; }
form.inline { display: inline-flex; gap: .5rem; align-items: center; margin: .5rem 0; }
tr.low-confidence td { color: var(--muted); }
@media (max-width: 600px) { main { padding: .6rem .7rem 2rem; } form.search input[name=q] { min-width: 0; width: 100%; } form.search label { flex: 1 1 100%; } form.search input, form.search select { min-width: 0; } h1 { font-size: 1.35rem; } }
`

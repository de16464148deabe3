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
.article-text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.2rem; font-size: 1.05rem; line-height: 1.7; }
.ann { border-radius: 2px; }
.ent-PERSON { background: var(--person); border-bottom: 2px solid #e0a040; }
.ent-ORG { background: var(--org); border-bottom: 2px solid #5b8fd9; }
.ent-GPE, .ent-LOC, .ent-FAC { background: var(--place); border-bottom: 2px solid #4caf6e; }
.ent-NORP, .ent-EVENT, .ent-PRODUCT { background: var(--other); border-bottom: 2px solid #9b6fd0; }
.quote { background: var(--quote); font-style: italic; }
.speaker { font-weight: 600; outline: 1px dashed #c7a000; }
.date { background: var(--date); border-bottom: 2px dotted #c0405a; }
.event { text-decoration: underline wavy var(--event); text-decoration-thickness: 1px; text-underline-offset: 4px; }
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
`

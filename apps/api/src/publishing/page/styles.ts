/**
 * The only stylesheet of the public pages, inline so a page is one request and needs nothing from
 * elsewhere (the CSP allows inline styles and no other source). Mobile first; what only works with
 * the page's script is marked `.js` and hidden where scripting is off, so nothing moves when the
 * script arrives. The print rules turn
 * a fair page into a one-page handout (no navigation, a small map, no backgrounds).
 */
export const PAGE_CSS = `
:root{--ink:#1b1b1b;--muted:#4d4d4d;--paper:#fff;--accent:#8a1c1c;--link:#0a4a94;--line:#c9c9c9;--soft:#f5f2ea;--mark:#fff3c4;--focus:#1a5fd0;--booth:#fbf7ee;--held:#f3e3e3}
*{box-sizing:border-box}
body{margin:0;font:16px/1.65 system-ui,"Hiragino Sans","Noto Sans JP",sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,.pan:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
@media (scripting:none){.js{display:none!important}}
.guest{margin:.25rem 0}
.find-form{display:grid;gap:.5rem;margin:.5rem 0}
.find-form label{display:block;font-weight:bold}
input,select,button{font:inherit;min-height:44px;border:1px solid var(--muted);border-radius:.3rem;padding:.25rem .5rem;background:var(--paper);color:var(--ink)}
input{width:100%}
.toc{display:flex;flex-wrap:wrap;gap:0 1.25rem;padding:0;list-style:none}
.toc a{display:inline-block;padding:.6rem 0}
h4{font-size:1.05rem;margin:0}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--paper);padding:.5rem;z-index:1}
.skip:focus{top:.5rem}
header,main,footer{max-width:60rem;margin:0 auto;padding:.75rem 1rem}
header nav ul,.feeds{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;list-style:none;margin:0;padding:0}
h1{font-size:1.6rem;line-height:1.3;margin:.5rem 0}
h2{font-size:1.25rem;border-bottom:2px solid var(--accent);margin:2rem 0 .75rem}
h3{font-size:1.05rem;margin:0}
.sub,.pref,.muted{color:var(--muted)}
.now{font-weight:bold;padding:.5rem .75rem;background:var(--soft);border-left:4px solid var(--accent)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:bold}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
tr.short td,tr.short th{background:var(--mark)}
ul.cards{list-style:none;padding:0;display:grid;gap:.75rem}
ul.cards>li{border:1px solid var(--line);border-radius:.4rem;padding:.75rem}
.changed{background:var(--mark)}
.badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.25rem;background:var(--accent);color:#fff}
.flag{font-weight:bold;color:var(--accent)}
details{margin:.25rem 0}
summary{cursor:pointer;color:var(--link)}
.pan{overflow:auto;touch-action:pan-x pan-y}
.map{display:block;width:100%;height:auto;max-width:48rem;border:1px solid var(--line)}
.zoom{display:flex;gap:.5rem;margin:.5rem 0}
.map .room{fill:var(--paper);stroke:var(--ink);stroke-width:.1}
.map .grid{stroke:var(--line);stroke-width:.02}
.map rect.booth{fill:var(--booth);stroke:var(--ink);stroke-width:.06}
.map rect.held{fill:var(--held)}
.map .code{font:bold .8px sans-serif;fill:var(--ink)}
.map .holder{font:.55px sans-serif;fill:var(--ink)}
@media (min-width:48rem){ul.cards{grid-template-columns:1fr 1fr}}
@media print{
 @page{size:A4;margin:8mm}
 body{font-size:8pt;line-height:1.3;color:#000}
 *{background:none!important}
 header,.skip,.now,.find,.zoom,.data,.booth-table,.profile,details>:not(summary){display:none}
 header,main,footer{max-width:none;padding:0}
 h1{font-size:14pt;margin:0}
 h2{font-size:10pt;margin:.4rem 0 .2rem;border-width:1px}
 h3{font-size:8.5pt}
 p,ul,dl,table,figure{margin:.1rem 0}
 th,td{padding:0 .3rem}
 ul.cards{grid-template-columns:repeat(4,1fr);gap:.2rem}
 ul.cards>li{padding:.2rem;break-inside:avoid}
 .map{max-width:40%;min-width:0!important}
 a{color:#000;text-decoration:none}
}
`
  .replace(/\n\s*/g, '')
  .trim();

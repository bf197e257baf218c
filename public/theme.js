/* Why: theme before first paint (blocking, in <head>) and the search shortcut; a file for CSP
script-src 'self'; under 1 kB (check-budgets). See BaseLayout.astro. */
(()=>{
const k='processbook:theme',r=document.documentElement;
let s=null;
try{s=localStorage.getItem(k)}catch{}
r.dataset.theme=(s?s==='dark':matchMedia('(prefers-color-scheme: dark)').matches)?'dark':'light';
addEventListener('click',(e)=>{
if(!(e.target instanceof Element&&e.target.closest('[data-theme-toggle]')))return;
const n=r.dataset.theme==='dark'?'light':'dark';
r.dataset.theme=n;
try{localStorage.setItem(k,n)}catch{}
});
addEventListener('keydown',(e)=>{
const typing=e.target instanceof Element&&e.target.closest('input,textarea,select,[contenteditable]');
if(e.isComposing||e.altKey||!(e.ctrlKey||e.metaKey?e.key==='k':e.key==='/'&&!typing))return;
const b=[...document.querySelectorAll('[data-search-input]')].pop();
if(b){e.preventDefault();b.focus();b.select()}
});
})();

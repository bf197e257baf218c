/**
 * The only script a reading page loads with it (the JavaScript budget of reading pages is small,
 * scripts/check-budgets.ts). It does three cheap things and defers the rest:
 * - links to the same page in another version or language (`data-keep-hash`) take the clause
 *   anchor the reader is at when followed; a link of the phone's contents pop-over closes it;
 * - a visit from the search page adds the script that marks the searched words;
 * - the first interaction (key, pointer, wheel, touch, focus, or a scroll after load) adds
 *   `<pb-reading>` (table of contents tracking, copy citation).
 * The two scripts are separate self-contained bundles, added by URL: a dynamic import() would
 * bring Vite's module-preload helper (about 1 kB) into this file.
 */
import { searchQueryFrom } from '../lib/search-referrer.ts';
import highlightScript from './search-highlight-dom.ts?worker&url';
import readingScript from './reading-element.ts?worker&url';

const add = (src: string) => document.head.append(Object.assign(document.createElement('script'), { src }));

addEventListener(
	'click',
	(event) => {
		const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-keep-hash]');
		if (link) link.hash = location.hash;
		// On phones the contents are a pop-over: following one of its links closes it. Here rather than in
		// <pb-reading>: a link followed right after the first interaction must not wait for that element to load.
		const details = (event.target as Element).closest?.('nav.toc a') && document.querySelector<HTMLDetailsElement>('nav.toc details');
		if (details && matchMedia('(max-width: 59.99rem)').matches) details.open = false;
	},
	true,
);

if (searchQueryFrom(document.referrer, location.origin)) add(highlightScript);

const EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'focusin'];
const start = () => {
	for (const type of [...EVENTS, 'scroll']) removeEventListener(type, start, true);
	add(readingScript);
};
for (const type of EVENTS) addEventListener(type, start, { capture: true, passive: true });
// A scroll before the page has loaded is the browser going to the URL's anchor, not the reader.
addEventListener('load', () => addEventListener('scroll', start, { capture: true, passive: true }));

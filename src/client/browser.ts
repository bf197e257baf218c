/** Browser helpers shared by the custom elements. */
import type { SafeHtml } from '../lib/html.ts';

/**
 * The one place an element sets markup: only what the escaping `html` template (src/lib/html.ts) made
 * can go in, so an unescaped string cannot reach `innerHTML` by accident.
 */
export function setHtml(element: Element, markup: SafeHtml): void {
	element.innerHTML = markup.value;
}

/** localStorage, or undefined where the browser refuses it (privacy modes, disabled storage). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Offers `content` as a file download. */
export function download(name: string, type: string, content: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([content], { type }));
	link.download = name;
	link.click();
	URL.revokeObjectURL(link.href);
}

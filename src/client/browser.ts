/** Browser helpers shared by the custom elements. */

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

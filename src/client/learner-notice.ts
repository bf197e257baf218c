/**
 * Fills the page's learner-data notice (src/components/LearnerNotice.astro) from what a store read
 * or write reported, so every page that reads a store says the same thing the same way: data kept
 * aside (with the way to /progress/ to download or delete it), a read-only store, storage full or
 * not allowed. One message per store; built from DOM nodes, never HTML strings.
 */
import { fill } from '../lib/format.ts';
import type { ReadResult, WriteResult } from '../lib/learner-store.ts';

export type StoreName = 'checklists' | 'receipts' | 'quizzes' | 'assessments' | 'profile';

const messages = new Map<StoreName, { text: string; manage: boolean }>();

function slot(): { box: HTMLElement; labels: Record<string, string>; href: string } | undefined {
	const box = document.getElementById('learner-notice');
	if (!box) return undefined;
	let labels: Record<string, string> = {};
	try {
		labels = JSON.parse(box.dataset.labels ?? '{}') as Record<string, string>;
	} catch {
		labels = {};
	}
	return { box, labels, href: box.dataset.href ?? '/progress/' };
}

function render() {
	const found = slot();
	if (!found) return;
	const { box, labels, href } = found;
	box.replaceChildren(
		...[...messages.values()].map(({ text, manage }) => {
			const p = document.createElement('p');
			p.append(text);
			if (manage) {
				const link = document.createElement('a');
				link.href = href;
				link.textContent = labels.manage ?? '';
				p.append(' ', link);
			}
			return p;
		}),
	);
	box.hidden = messages.size === 0;
}

function text(name: StoreName, key: string, values: Record<string, string> = {}): string {
	const labels = slot()?.labels ?? {};
	return fill(labels[key] ?? key, { store: labels[`store.${name}`] ?? name, ...values });
}

/** Reports what reading a store found; a clean read clears an earlier message about that store. */
export function reportRead(name: StoreName, read: ReadResult<unknown>): void {
	if (read.status === 'read-only') messages.set(name, { text: text(name, 'readOnly'), manage: false });
	else if (read.setAside.length > 0) messages.set(name, { text: text(name, 'setAside', { keys: read.setAside.join('、') }), manage: true });
	else if (read.status === 'unavailable') messages.set(name, { text: text(name, 'denied'), manage: false });
	else messages.delete(name);
	render();
}

/** Reports a write; a failed one says why (full, not allowed, read-only). Returns whether it was kept. */
export function reportWrite(name: StoreName, write: WriteResult): boolean {
	if (write.ok) return true;
	const key = write.problem === 'quota' ? 'quota' : write.problem === 'read-only' ? 'readOnly' : 'denied';
	messages.set(name, { text: text(name, key), manage: write.problem === 'quota' });
	render();
	return false;
}

/** The text a failed write would show, for elements that also say it next to the control. */
export function writeProblemText(name: StoreName, write: WriteResult): string {
	if (write.ok) return '';
	return text(name, write.problem === 'quota' ? 'quota' : write.problem === 'read-only' ? 'readOnly' : 'denied');
}

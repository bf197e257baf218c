/**
 * Fills the page's learner-data notice (src/components/LearnerNotice.astro) from what a store read
 * or write reported, so every page that reads a store says the same thing the same way: data kept
 * aside (with the way to /progress/ to download or delete it), a read-only store, storage full or
 * not allowed. One message per store; built from DOM nodes, never HTML strings. Strings arrive in the
 * box's `data-strings` (src/client/strings.ts).
 */
import type { ReadResult, WriteResult } from '../lib/learner-store.ts';
import { readStrings, type ElementKey } from './strings.ts';

export type StoreName = 'checklists' | 'receipts' | 'quizzes' | 'assessments' | 'profile';
type NoticeKind = 'setAside' | 'readOnly' | 'quota' | 'denied';

/** Per store: the message shown and whether a read or a write said it (a clean read clears only a read's). */
const messages = new Map<StoreName, { text: string; manage: boolean; fromWrite: boolean }>();

function show(name: StoreName, kind: NoticeKind | null, keys: readonly string[] = [], fromWrite = false): void {
	const box = document.getElementById('learner-notice');
	if (!box || (kind === null && (!messages.has(name) || messages.get(name)?.fromWrite))) return;
	const t = readStrings<ElementKey<'learner-notice'>>(box.dataset.strings);
	if (kind === null) messages.delete(name);
	else
		messages.set(name, {
			text: t(`data.${kind}`, { store: t(`data.store.${name}`), keys: keys.join('、') }),
			manage: kind === 'setAside' || kind === 'quota',
			fromWrite,
		});
	box.replaceChildren(
		...[...messages.values()].map(({ text, manage }) => {
			const p = document.createElement('p');
			p.append(text);
			if (manage) {
				const link = document.createElement('a');
				link.href = box.dataset.href ?? '/progress/';
				link.textContent = t('data.manage');
				p.append(' ', link);
			}
			return p;
		}),
	);
	box.hidden = messages.size === 0;
}

/** Reports what reading a store found; a clean read clears an earlier read's message about that store (not a failed write's). */
export function reportRead(name: StoreName, read: ReadResult<unknown>): void {
	show(
		name,
		read.status === 'read-only' ? 'readOnly' : read.setAside.length > 0 ? 'setAside' : read.status === 'unavailable' ? 'denied' : null,
		read.setAside,
	);
}

/** Reports a write; a failed one says why (full, not allowed, read-only). Returns whether it was kept. */
export function reportWrite(name: StoreName, write: WriteResult): boolean {
	if (write.ok) return true;
	show(name, write.problem === 'quota' ? 'quota' : write.problem === 'read-only' ? 'readOnly' : 'denied', [], true);
	return false;
}

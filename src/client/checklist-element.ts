/**
 * `<pb-checklist>`: keeps the ticks of a server-rendered checklist in localStorage, shows progress,
 * and offers reset and print. All state rules live in `src/lib/checklist-progress.ts`.
 * The boxes always show what is stored: each change is read-modify-write on the stored ticks,
 * another tab's change arrives as a storage event and is merged item by item (a tick made at the
 * same moment in two tabs is kept in both), and a page shown again from the back/forward cache is
 * read again (the boxes carry autocomplete="off" so the browser does not restore stale ticks).
 * Strings arrive in `data-strings` (src/client/strings.ts).
 */
import { browserStorage } from './browser.ts';
import {
	CHECKLIST_STORE_KEY,
	checklistProgress,
	mergeChecklists,
	readChecklists,
	resetList,
	setTicked,
	updateChecklists,
	writeChecklists,
	type ChecklistStore,
} from '../lib/checklist-progress.ts';
import { own } from '../lib/learner-store.ts';
import { reportRead, reportWrite } from './learner-notice.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

export class ChecklistElement extends HTMLElement {
	#store: ChecklistStore = { lists: {} };
	#t!: Translator<ElementKey<'pb-checklist'>>;
	#readOnly = false;

	get listId(): string {
		return this.dataset.list ?? '';
	}

	get #inputs(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
	}

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		this.#load();
		this.addEventListener('change', this.#onChange);
		this.querySelector('[data-reset]')?.addEventListener('click', this.#onReset);
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		window.addEventListener('storage', this.#onStorage);
		window.addEventListener('pageshow', this.#onPageShow);
		this.querySelector<HTMLElement>('[data-toolbar]')?.removeAttribute('hidden');
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this.#onStorage);
		window.removeEventListener('pageshow', this.#onPageShow);
	}

	#load() {
		const result = readChecklists(browserStorage());
		reportRead('checklists', result);
		this.#readOnly = result.status === 'read-only';
		this.#show(result.value);
	}

	/** Shows a store: the boxes follow it, never the other way round. */
	#show(store: ChecklistStore) {
		this.#store = store;
		const ticked = new Set(own(store.lists, this.listId)?.ticked ?? []);
		for (const input of this.#inputs) {
			input.checked = ticked.has(input.dataset.item ?? '');
			input.disabled = this.#readOnly;
		}
		const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
		if (reset) reset.disabled = this.#readOnly;
		this.#render();
	}

	#onChange = (event: Event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || !input.dataset.item) return;
		const item = input.dataset.item;
		const { value, write, read } = updateChecklists(browserStorage(), (store) => setTicked(store, this.listId, item, input.checked));
		if (read.status === 'set-aside' || read.status === 'read-only') reportRead('checklists', read);
		reportWrite('checklists', write);
		// What is shown is what is stored; a tick that could not be kept still shows while the page is open.
		this.#show(value);
	};

	#onReset = () => {
		if (!window.confirm(this.#t('checklist.resetConfirm'))) return;
		const { value, write } = updateChecklists(browserStorage(), (store) => resetList(store, this.listId));
		reportWrite('checklists', write);
		this.#show(value);
	};

	#onStorage = (event: StorageEvent) => {
		if (event.key !== CHECKLIST_STORE_KEY && event.key !== null) return;
		const result = readChecklists(browserStorage());
		reportRead('checklists', result);
		this.#readOnly = result.status === 'read-only';
		// Cleared elsewhere (the data page's "clear"): that is the reader's choice, not a lost write.
		if (event.newValue === null || result.status !== 'ok') return this.#show(result.value);
		const merged = mergeChecklists(result.value, this.#store);
		if (JSON.stringify(merged) !== JSON.stringify(result.value)) reportWrite('checklists', writeChecklists(browserStorage(), merged));
		this.#show(merged);
	};

	#onPageShow = (event: PageTransitionEvent) => {
		if (event.persisted) this.#load();
	};

	#render() {
		const inputs = this.#inputs;
		const progress = checklistProgress(
			inputs.map((i) => i.dataset.item ?? ''),
			own(this.#store.lists, this.listId),
		);
		const bar = this.querySelector<HTMLProgressElement>('progress');
		if (bar) {
			bar.max = progress.total;
			bar.value = progress.done;
		}
		const text = this.querySelector<HTMLElement>('[data-progress-text]');
		if (text) {
			const summary = this.#t('checklist.progress', { done: progress.done, total: progress.total });
			text.textContent = progress.total > 0 && progress.done === progress.total ? `${summary} · ${this.#t('checklist.done')}` : summary;
		}
		for (const input of inputs) input.closest('li')?.classList.toggle('is-done', input.checked);
	}
}

if (!customElements.get('pb-checklist')) customElements.define('pb-checklist', ChecklistElement);

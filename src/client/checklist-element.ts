/**
 * `<pb-checklist>`: keeps the ticks of a server-rendered checklist in localStorage, shows progress,
 * and offers reset and print. All state rules live in `src/lib/checklist-progress.ts`.
 */
import { fill } from '../lib/format.ts';
import { browserStorage } from './browser.ts';
import {
	CHECKLIST_STORE_KEY,
	checklistProgress,
	readChecklists,
	resetList,
	setTicked,
	writeChecklists,
	type ChecklistStore,
} from '../lib/checklist-progress.ts';

interface Labels {
	progress: string;
	done: string;
	unreadable: string;
	unavailable: string;
	resetConfirm: string;
}

export class ChecklistElement extends HTMLElement {
	#store: ChecklistStore = { lists: {} };
	#labels!: Labels;

	get listId(): string {
		return this.dataset.list ?? '';
	}

	get #inputs(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-item]')];
	}

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as Labels;
		this.#load(true);
		this.addEventListener('change', this.#onChange);
		this.querySelector('[data-reset]')?.addEventListener('click', this.#onReset);
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		window.addEventListener('storage', this.#onStorage);
		this.querySelector<HTMLElement>('[data-toolbar]')?.removeAttribute('hidden');
	}

	disconnectedCallback() {
		window.removeEventListener('storage', this.#onStorage);
	}

	#load(showNotice: boolean) {
		const result = readChecklists(browserStorage());
		this.#store = result.value;
		if (showNotice && result.status === 'set-aside') this.#notice(fill(this.#labels.unreadable, { key: result.movedTo }));
		if (showNotice && result.status === 'unavailable') this.#notice(this.#labels.unavailable);
		const ticked = new Set(this.#store.lists[this.listId]?.ticked ?? []);
		for (const input of this.#inputs) input.checked = ticked.has(input.dataset.item ?? '');
		this.#render();
	}

	#onChange = (event: Event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || !input.dataset.item) return;
		this.#store = setTicked(this.#store, this.listId, input.dataset.item, input.checked);
		if (!writeChecklists(browserStorage(), this.#store)) this.#notice(this.#labels.unavailable);
		this.#render();
	};

	#onReset = () => {
		if (!window.confirm(this.#labels.resetConfirm)) return;
		this.#store = resetList(this.#store, this.listId);
		writeChecklists(browserStorage(), this.#store);
		for (const input of this.#inputs) input.checked = false;
		this.#render();
	};

	#onStorage = (event: StorageEvent) => {
		if (event.key === CHECKLIST_STORE_KEY) this.#load(false);
	};

	#notice(text: string) {
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		if (!notice) return;
		notice.textContent = text;
		notice.hidden = false;
	}

	#render() {
		const inputs = this.#inputs;
		const progress = checklistProgress(
			inputs.map((i) => i.dataset.item ?? ''),
			this.#store.lists[this.listId],
		);
		const bar = this.querySelector<HTMLProgressElement>('progress');
		if (bar) {
			bar.max = progress.total;
			bar.value = progress.done;
		}
		const text = this.querySelector<HTMLElement>('[data-progress-text]');
		if (text) {
			const summary = fill(this.#labels.progress, { done: progress.done, total: progress.total });
			text.textContent = progress.total > 0 && progress.done === progress.total ? `${summary} · ${this.#labels.done}` : summary;
		}
		for (const input of inputs) input.closest('li')?.classList.toggle('is-done', input.checked);
	}
}

if (!customElements.get('pb-checklist')) customElements.define('pb-checklist', ChecklistElement);

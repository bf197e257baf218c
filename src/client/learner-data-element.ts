/**
 * `<pb-learner-data>` on /progress/: export all learner data to a JSON file, import one (checked
 * whole before anything is written), or clear it; and the data that could not be read, kept aside
 * exactly as it was, each copy with a download and a delete. Rules in src/lib/learner-export.ts
 * and src/lib/learner-store.ts.
 */
import { readAssessments } from '../lib/assessment-history.ts';
import { readChecklists } from '../lib/checklist-progress.ts';
import { clearLearnerData, exportLearnerData, importLearnerData } from '../lib/learner-export.ts';
import { discardSetAside, setAsideKeys } from '../lib/learner-store.ts';
import { readProfile } from '../lib/profile.ts';
import { readQuizzes } from '../lib/quiz-history.ts';
import { readReceipts } from '../lib/read-receipts.ts';
import { fill } from '../lib/format.ts';
import { browserStorage, download } from './browser.ts';
import { reportRead } from './learner-notice.ts';

class LearnerDataElement extends HTMLElement {
	#labels: Record<string, string> = {};

	connectedCallback() {
		try {
			this.#labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
		} catch {
			this.#labels = {};
		}
		this.querySelector('[data-export]')?.addEventListener('click', () => this.#export());
		this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#labels.clearConfirm ?? '')) return;
			const storage = browserStorage();
			this.#say(storage && clearLearnerData(storage) ? (this.#labels.cleared ?? '') : fill(this.#labels.refused ?? '', { reason: this.#labels['reason.storage'] ?? '' }));
			this.#summary();
		});
		this.querySelector('[data-set-aside-list]')?.addEventListener('click', (event) => this.#onSetAside(event));
		this.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
		window.addEventListener('storage', () => this.#summary());
		this.#summary();
	}

	#say(text: string) {
		const status = this.querySelector('[data-message]');
		if (status) status.textContent = text;
	}

	#summary() {
		const storage = browserStorage();
		const checklists = readChecklists(storage);
		const receipts = readReceipts(storage);
		const quizzes = readQuizzes(storage);
		const assessments = readAssessments(storage);
		const profile = readProfile(storage);
		reportRead('checklists', checklists);
		reportRead('receipts', receipts);
		reportRead('quizzes', quizzes);
		reportRead('assessments', assessments);
		reportRead('profile', profile);
		const summary = this.querySelector('[data-summary]');
		if (summary) {
			summary.textContent = fill(this.#labels.summary ?? '', {
				checklists: Object.keys(checklists.value.lists).length,
				receipts: Object.keys(receipts.value.standards).length,
				attempts: quizzes.value.attempts.length,
			});
		}
		this.#renderSetAside();
	}

	/** One row per set-aside copy: its key, size and time, a download and a delete. */
	#renderSetAside() {
		const section = this.querySelector<HTMLElement>('[data-set-aside]');
		const list = this.querySelector('[data-set-aside-list]');
		if (!section || !list) return;
		const storage = browserStorage();
		const keys = setAsideKeys(storage);
		list.replaceChildren(
			...keys.map((key) => {
				const item = document.createElement('li');
				const name = document.createElement('code');
				name.textContent = key;
				let size = 0;
				try {
					size = storage?.getItem(key)?.length ?? 0;
				} catch {
					size = 0;
				}
				item.append(name, ` · ${new Intl.NumberFormat(document.documentElement.lang || undefined).format(size)} B `);
				for (const [action, label] of [['download', this.#labels.download], ['discard', this.#labels.discard]] as const) {
					const button = document.createElement('button');
					button.type = 'button';
					button.className = 'button';
					button.dataset[action] = key;
					button.textContent = label ?? action;
					button.setAttribute('aria-label', `${label ?? action} ${key}`);
					item.append(' ', button);
				}
				return item;
			}),
		);
		section.hidden = keys.length === 0;
	}

	#onSetAside(event: Event) {
		const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
		const storage = browserStorage();
		if (!button || !storage) return;
		const { download: key, discard } = button.dataset;
		if (key) {
			let raw: string | null = null;
			try {
				raw = storage.getItem(key);
			} catch {
				raw = null;
			}
			if (raw !== null) download(`${key.replace(/[^a-z0-9.-]+/gi, '-')}.txt`, 'text/plain', raw);
			return;
		}
		if (discard && window.confirm(this.#labels.discardConfirm ?? '')) {
			discardSetAside(storage, discard);
			this.#summary();
		}
	}

	#export() {
		const storage = browserStorage();
		if (!storage) return this.#say(fill(this.#labels.refused ?? '', { reason: this.#labels['reason.storage'] ?? '' }));
		const data = exportLearnerData(storage);
		download(`processbook-learning-${data.exportedAt.slice(0, 10)}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		try {
			const storage = browserStorage();
			const result = storage ? importLearnerData(storage, await file.text()) : { ok: false as const, problem: 'storage' };
			if (result.ok) {
				this.#say(this.#labels.imported ?? '');
			} else {
				const [kind = '', ...rest] = result.problem.split(':');
				const part = rest.join(':');
				const reason = Object.hasOwn(this.#labels, `reason.${kind}`) ? (this.#labels[`reason.${kind}`] ?? '') : result.problem;
				this.#say(fill(this.#labels.refused ?? '', { reason: fill(reason, { part }) }));
			}
		} catch {
			this.#say(fill(this.#labels.refused ?? '', { reason: this.#labels['reason.error'] ?? '' }));
		} finally {
			// The same file can be picked again after a refusal.
			input.value = '';
		}
		this.#summary();
	}
}

if (!customElements.get('pb-learner-data')) customElements.define('pb-learner-data', LearnerDataElement);

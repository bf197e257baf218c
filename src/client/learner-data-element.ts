/**
 * `<pb-learner-data>` on /progress/: export all learner data to a JSON file, import one (checked
 * whole before anything is written), or clear it. Rules in src/lib/learner-export.ts.
 */
import { readChecklists } from '../lib/checklist-progress.ts';
import { clearLearnerData, exportLearnerData, importLearnerData } from '../lib/learner-export.ts';
import { readQuizzes } from '../lib/quiz-history.ts';
import { readReceipts } from '../lib/read-receipts.ts';
import { fill } from '../lib/format.ts';

class LearnerDataElement extends HTMLElement {
	#labels: Record<string, string> = {};

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
		this.querySelector('[data-export]')?.addEventListener('click', () => this.#export());
		this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => void this.#import(event.target as HTMLInputElement));
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#labels.clearConfirm ?? '')) return;
			clearLearnerData(window.localStorage);
			this.#say(this.#labels.cleared ?? '');
			this.#summary();
		});
		this.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
		this.#summary();
	}

	#say(text: string) {
		const status = this.querySelector('[data-message]');
		if (status) status.textContent = text;
	}

	#summary() {
		const storage = window.localStorage;
		const summary = this.querySelector('[data-summary]');
		if (!summary) return;
		summary.textContent = fill(this.#labels.summary ?? '', {
			checklists: Object.keys(readChecklists(storage).value.lists).length,
			receipts: Object.keys(readReceipts(storage).value.standards).length,
			attempts: readQuizzes(storage).value.attempts.length,
		});
	}

	#export() {
		const data = exportLearnerData(window.localStorage);
		const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
		const link = document.createElement('a');
		link.href = URL.createObjectURL(blob);
		link.download = `processbook-learning-${data.exportedAt.slice(0, 10)}.json`;
		link.click();
		URL.revokeObjectURL(link.href);
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const result = importLearnerData(window.localStorage, await file.text());
		input.value = '';
		if (result.ok) {
			this.#say(this.#labels.imported ?? '');
		} else {
			const [kind, part = ''] = result.problem.split(':');
			this.#say(fill(this.#labels.refused ?? '', { reason: fill(this.#labels[`reason.${kind}`] ?? result.problem, { part }) }));
		}
		this.#summary();
	}
}

if (!customElements.get('pb-learner-data')) customElements.define('pb-learner-data', LearnerDataElement);

/**
 * `<pb-learner-data>` on /progress/: export all learner data to a JSON file, import one, or clear
 * it. An import is checked whole, then previewed: what the file holds, what merging (the default:
 * union, the newer copy of each item wins) would add or update, and what replacing would delete;
 * nothing is written until the learner chooses. Also lists the self-assessment results kept here.
 * Rules in src/lib/learner-export.ts and src/lib/learner-merge.ts.
 */
import { readAssessments } from '../lib/assessment-history.ts';
import { readChecklists } from '../lib/checklist-progress.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { clearLearnerData, exportLearnerData, parseLearnerFile, writeLearnerStores } from '../lib/learner-export.ts';
import { ITEM_KINDS, mergeStores, previewImport, type LearnerStores } from '../lib/learner-merge.ts';
import { readProfile } from '../lib/profile.ts';
import { readQuizzes } from '../lib/quiz-history.ts';
import { readReceipts } from '../lib/read-receipts.ts';
import { fill } from '../lib/format.ts';
import { browserStorage } from './browser.ts';

class LearnerDataElement extends HTMLElement {
	#labels: Record<string, string> = {};
	/** The checked file waiting for the learner's choice. */
	#pending: LearnerStores | undefined;

	connectedCallback() {
		this.#labels = JSON.parse(this.dataset.labels ?? '{}') as Record<string, string>;
		this.querySelector('[data-export]')?.addEventListener('click', () => this.#export());
		this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener('change', (event) => void this.#read(event.target as HTMLInputElement));
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#labels.clearConfirm ?? '')) return;
			clearLearnerData(window.localStorage);
			this.#say(this.#labels.cleared ?? '');
			this.#summary();
		});
		this.querySelector('[data-apply]')?.addEventListener('click', () => this.#apply());
		this.querySelector('[data-cancel]')?.addEventListener('click', () => this.#closePreview());
		this.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
		this.#summary();
	}

	#say(text: string) {
		const status = this.querySelector('[data-message]');
		if (status) status.textContent = text;
	}

	#local(): LearnerStores {
		const storage = browserStorage();
		return {
			checklists: readChecklists(storage).value,
			receipts: readReceipts(storage).value,
			quizzes: readQuizzes(storage).value,
			assessments: readAssessments(storage).value,
			profile: readProfile(storage).value,
		};
	}

	#describe(stores: LearnerStores): string {
		return fill(this.#labels.summary ?? '', {
			checklists: Object.keys(stores.checklists?.lists ?? {}).length,
			receipts: Object.keys(stores.receipts?.standards ?? {}).length,
			attempts: stores.quizzes?.attempts.length ?? 0,
			assessments: stores.assessments?.results.length ?? 0,
		});
	}

	#summary() {
		const local = this.#local();
		const summary = this.querySelector('[data-summary]');
		if (summary) summary.textContent = this.#describe(local);
		this.#assessments(local);
	}

	/** The self-assessment results kept in this browser, newest first, each linking to its assessment. */
	#assessments(local: LearnerStores) {
		const list = this.querySelector('[data-assessments]');
		if (!list) return;
		const titles = JSON.parse(this.dataset.assessments ?? '{}') as Record<string, string>;
		const results = [...(local.assessments?.results ?? [])].sort((a, b) => b.at.localeCompare(a.at));
		const date = (iso: string) => {
			const d = new Date(iso);
			return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(this.dataset.locale ?? 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
		};
		list.innerHTML =
			results.length === 0
				? `<li class="muted">${esc(this.#labels.assessmentsEmpty ?? '')}</li>`
				: results
						.map((r) => {
							const title = Object.hasOwn(titles, r.assessment) ? titles[r.assessment]! : r.assessment;
							return `<li><a href="${esc(`${this.dataset.base ?? ''}/assessments/${encodeURIComponent(r.assessment)}/`)}" lang="zh-CN">${esc(title)}</a> · ${esc(date(r.at))}</li>`;
						})
						.join('');
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

	/** Checks the picked file and shows what importing it would do; writes nothing. */
	async #read(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const parsed = parseLearnerFile(await file.text());
		input.value = '';
		if (!parsed.ok) {
			this.#closePreview();
			const [kind, part = ''] = parsed.problem.split(':');
			this.#say(fill(this.#labels.refused ?? '', { reason: fill(this.#labels[`reason.${kind}`] ?? parsed.problem, { part }) }));
			return;
		}
		this.#say('');
		this.#pending = parsed.stores as LearnerStores;
		const preview = previewImport(this.#local(), this.#pending);
		const sum = (field: 'added' | 'updated' | 'kept' | 'lost') => ITEM_KINDS.reduce((n, kind) => n + preview[kind][field], 0);
		const box = this.querySelector<HTMLElement>('[data-preview]')!;
		box.querySelector('[data-file-holds]')!.textContent = fill(this.#labels.fileHolds ?? '', { summary: this.#describe(this.#pending) });
		box.querySelector('[data-merge-effect]')!.textContent = fill(this.#labels.changes ?? '', { added: sum('added'), updated: sum('updated'), kept: sum('kept') });
		box.querySelector('[data-replace-effect]')!.textContent = fill(this.#labels.replaceLoss ?? '', { lost: sum('lost') });
		box.querySelector<HTMLInputElement>('input[value="merge"]')!.checked = true;
		box.hidden = false;
		box.focus();
	}

	#closePreview() {
		this.#pending = undefined;
		const box = this.querySelector<HTMLElement>('[data-preview]')!;
		box.hidden = true;
		for (const text of box.querySelectorAll('[data-file-holds], [data-merge-effect], [data-replace-effect]')) text.textContent = '';
	}

	#apply() {
		const file = this.#pending;
		if (!file) return;
		const replace = this.querySelector<HTMLInputElement>('[data-preview] input[value="replace"]')?.checked === true;
		const stores = replace ? file : mergeStores(this.#local(), file);
		const result = writeLearnerStores(window.localStorage, stores as Record<string, unknown>);
		this.#closePreview();
		if (result.ok) this.#say(this.#labels.imported ?? '');
		else this.#say(fill(this.#labels.refused ?? '', { reason: this.#labels['reason.storage'] ?? result.problem }));
		this.#summary();
	}
}

if (!customElements.get('pb-learner-data')) customElements.define('pb-learner-data', LearnerDataElement);

/**
 * `<pb-learner-data>` on /progress/: export all learner data to a JSON file, import one, or clear
 * it. An import is checked whole, then previewed: what the file holds, what merging (the default:
 * union, the newer copy of each item wins) would add or update, and what replacing would delete;
 * nothing is written until the learner chooses. Also lists the self-assessment results kept here,
 * and the data that could not be read, kept aside exactly as it was, each copy with a download and
 * a delete. Rules in src/lib/learner-export.ts, src/lib/learner-merge.ts and src/lib/learner-store.ts.
 * Strings come from `data-strings` (src/client/strings.ts); markup from the escaping `html` template or
 * DOM nodes.
 */
import { readAssessments } from '../lib/assessment-history.ts';
import { readChecklists } from '../lib/checklist-progress.ts';
import { html } from '../lib/html.ts';
import { clearLearnerData, exportLearnerData, parseLearnerFile, writeLearnerStores } from '../lib/learner-export.ts';
import { ITEM_KINDS, mergeStores, previewImport, type LearnerStores } from '../lib/learner-merge.ts';
import { discardSetAside, own, setAsideKeys } from '../lib/learner-store.ts';
import { readProfile } from '../lib/profile.ts';
import { readQuizzes } from '../lib/quiz-history.ts';
import { readReceipts } from '../lib/read-receipts.ts';
import { formatDate } from '../lib/format.ts';
import { browserStorage, download, setHtml } from './browser.ts';
import { reportRead } from './learner-notice.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

/** Why an import was refused: the first part of `problem` (src/lib/learner-export.ts), as it is worded. */
const REASONS = ['not-json', 'not-an-export', 'invalid', 'unknown', 'storage', 'quota', 'error'] as const;
const isReason = (kind: string): kind is (typeof REASONS)[number] => (REASONS as readonly string[]).includes(kind);

class LearnerDataElement extends HTMLElement {
	#t!: Translator<ElementKey<'pb-learner-data'>>;
	/** The checked file waiting for the learner's choice. */
	#pending: LearnerStores | undefined;

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		this.querySelector('[data-export]')?.addEventListener('click', () => this.#export());
		this.querySelector<HTMLInputElement>('input[type="file"]')?.addEventListener(
			'change',
			(event) => void this.#read(event.target as HTMLInputElement),
		);
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			if (!window.confirm(this.#t('progress.clearConfirm'))) return;
			const storage = browserStorage();
			this.#say(
				storage && clearLearnerData(storage)
					? this.#t('progress.cleared')
					: this.#t('progress.refused', { reason: this.#t('progress.reason.storage') }),
			);
			this.#summary();
		});
		this.querySelector('[data-apply]')?.addEventListener('click', () => this.#apply());
		this.querySelector('[data-cancel]')?.addEventListener('click', () => this.#closePreview());
		this.querySelector('[data-set-aside-list]')?.addEventListener('click', (event) => this.#onSetAside(event));
		this.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
		window.addEventListener('storage', () => this.#summary());
		this.#summary();
	}

	#say(text: string) {
		const status = this.querySelector('[data-message]');
		if (status) status.textContent = text;
	}

	#refused(problem: string) {
		const [kind = '', ...rest] = problem.split(':');
		const part = rest.join(':');
		const reason = isReason(kind) ? this.#t(`progress.reason.${kind}`, { part }) : problem;
		this.#say(this.#t('progress.refused', { reason }));
	}

	/** The stores as kept in this browser now; `report`: say on the page when one could not be read. */
	#local(report = false): LearnerStores {
		const storage = browserStorage();
		const checklists = readChecklists(storage);
		const receipts = readReceipts(storage);
		const quizzes = readQuizzes(storage);
		const assessments = readAssessments(storage);
		const profile = readProfile(storage);
		if (report) {
			reportRead('checklists', checklists);
			reportRead('receipts', receipts);
			reportRead('quizzes', quizzes);
			reportRead('assessments', assessments);
			reportRead('profile', profile);
		}
		return {
			checklists: checklists.value,
			receipts: receipts.value,
			quizzes: quizzes.value,
			assessments: assessments.value,
			profile: profile.value,
		};
	}

	#describe(stores: LearnerStores): string {
		return this.#t('progress.summary', {
			checklists: Object.keys(stores.checklists?.lists ?? {}).length,
			receipts: Object.keys(stores.receipts?.standards ?? {}).length,
			attempts: stores.quizzes?.attempts.length ?? 0,
			assessments: stores.assessments?.results.length ?? 0,
		});
	}

	#summary() {
		const local = this.#local(true);
		const summary = this.querySelector('[data-summary]');
		if (summary) summary.textContent = this.#describe(local);
		this.#assessments(local);
		this.#renderSetAside();
	}

	/** The self-assessment results kept in this browser, newest first, each linking to its assessment. */
	#assessments(local: LearnerStores) {
		const list = this.querySelector('[data-assessments]');
		if (!list) return;
		let titles: Record<string, string> = {};
		try {
			titles = JSON.parse(this.dataset.assessments ?? '{}') as Record<string, string>;
		} catch {
			titles = {};
		}
		const results = [...(local.assessments?.results ?? [])].sort((a, b) => b.at.localeCompare(a.at));
		const date = (iso: string) => formatDate(iso, this.dataset.locale ?? 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
		const href = (id: string) => `${this.dataset.base ?? ''}/assessments/${encodeURIComponent(id)}/`;
		const items = results.map(
			(r) => html`<li><a href="${href(r.assessment)}" lang="zh-CN">${own(titles, r.assessment) ?? r.assessment}</a> · ${date(r.at)}</li>`,
		);
		setHtml(list, results.length === 0 ? html`<li class="muted">${this.#t('progress.assessmentsEmpty')}</li>` : html`${items}`);
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
				for (const [action, label] of [
					['download', this.#t('progress.download')],
					['discard', this.#t('progress.discard')],
				] as const) {
					const button = document.createElement('button');
					button.type = 'button';
					button.className = 'button';
					button.dataset[action] = key;
					button.textContent = label;
					button.setAttribute('aria-label', `${label} ${key}`);
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
		if (discard && window.confirm(this.#t('progress.discardConfirm'))) {
			discardSetAside(storage, discard);
			this.#summary();
		}
	}

	#export() {
		const storage = browserStorage();
		if (!storage) return this.#say(this.#t('progress.refused', { reason: this.#t('progress.reason.storage') }));
		const data = exportLearnerData(storage);
		download(`processbook-learning-${data.exportedAt.slice(0, 10)}.json`, 'application/json', `${JSON.stringify(data, null, 2)}\n`);
	}

	/** Checks the picked file and shows what importing it would do; writes nothing. */
	async #read(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		let parsed: ReturnType<typeof parseLearnerFile>;
		try {
			parsed = parseLearnerFile(await file.text());
		} catch {
			this.#closePreview();
			this.#say(this.#t('progress.refused', { reason: this.#t('progress.reason.error') }));
			return;
		} finally {
			// The same file can be picked again after a refusal.
			input.value = '';
		}
		if (!parsed.ok) {
			this.#closePreview();
			this.#refused(parsed.problem);
			return;
		}
		this.#say('');
		this.#pending = parsed.stores as LearnerStores;
		const preview = previewImport(this.#local(), this.#pending);
		const sum = (field: 'added' | 'updated' | 'kept' | 'lost') => ITEM_KINDS.reduce((n, kind) => n + preview[kind][field], 0);
		const box = this.querySelector<HTMLElement>('[data-preview]')!;
		box.querySelector('[data-file-holds]')!.textContent = this.#t('progress.fileHolds', { summary: this.#describe(this.#pending) });
		box.querySelector('[data-merge-effect]')!.textContent = this.#t('progress.changes', {
			added: sum('added'),
			updated: sum('updated'),
			kept: sum('kept'),
		});
		box.querySelector('[data-replace-effect]')!.textContent = this.#t('progress.replaceLoss', { count: sum('lost') });
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
		const storage = browserStorage();
		const replace = this.querySelector<HTMLInputElement>('[data-preview] input[value="replace"]')?.checked === true;
		// Merging reads the stores as they are now (another tab may have written since the preview).
		const stores = replace ? file : mergeStores(this.#local(), file);
		const result = storage ? writeLearnerStores(storage, stores as Record<string, unknown>) : { ok: false as const, problem: 'storage' };
		this.#closePreview();
		if (result.ok) this.#say(this.#t('progress.imported'));
		else this.#refused(result.problem);
		this.#summary();
	}
}

if (!customElements.get('pb-learner-data')) customElements.define('pb-learner-data', LearnerDataElement);

/**
 * `<pb-path-progress>`: marks each step of an onboarding path done, in progress, to do or stale
 * (the standard changed since it was read or passed), and points at the next step. State rules
 * are in src/lib/path-progress.ts; the learner data is read with each store's own reader. Strings from
 * `data-strings` (src/client/strings.ts).
 */
import { readAssessments } from '../lib/assessment-history.ts';
import { readChecklists } from '../lib/checklist-progress.ts';
import type { PathData } from '../../schemas/path.ts';
import { pathProgress, staleChange, type LearnerData, type PathContext } from '../lib/path-progress.ts';
import { describeQuizStatus, quizStatus, readQuizzes } from '../lib/quiz-history.ts';
import { readReceipts } from '../lib/read-receipts.ts';
import { browserStorage } from './browser.ts';
import { reportRead } from './learner-notice.ts';
import { readStrings, type ElementKey } from './strings.ts';

/** Every store a path reads, each read reported (set-aside or read-only data is announced on this page too). */
export function learnerData(): LearnerData {
	const storage = browserStorage();
	const receipts = readReceipts(storage);
	const checklists = readChecklists(storage);
	const quizzes = readQuizzes(storage);
	const assessments = readAssessments(storage);
	reportRead('receipts', receipts);
	reportRead('checklists', checklists);
	reportRead('quizzes', quizzes);
	reportRead('assessments', assessments);
	return { receipts: receipts.value, checklists: checklists.value, quizzes: quizzes.value, assessments: assessments.value };
}

class PathProgressElement extends HTMLElement {
	connectedCallback() {
		const steps = JSON.parse(this.dataset.steps ?? '[]') as PathData['steps'];
		const context = JSON.parse(this.dataset.context ?? '{}') as PathContext;
		const t = readStrings<ElementKey<'pb-path-progress'>>(this.dataset.strings);
		const data = learnerData();
		const progress = pathProgress(steps, data, context);
		this.querySelectorAll<HTMLElement>('[data-step]').forEach((item, i) => {
			const state = progress.states[i] ?? 'todo';
			item.dataset.state = state;
			const label = item.querySelector('[data-state-label]');
			if (label) label.textContent = t(`path.state.${state}`);
			const change = state === 'stale' && steps[i] ? staleChange(steps[i], data, context) : undefined;
			if (change && label) {
				const link = document.createElement('a');
				link.href = `${this.dataset.base ?? ''}/standards/${encodeURIComponent(change.standard)}/changes/?from=${encodeURIComponent(change.from)}&to=${encodeURIComponent(change.to)}#compare`;
				link.textContent = t('receipt.seeChanges', change);
				label.after(' ', link);
			}
			const quizLine = item.querySelector('[data-quiz-status]');
			const step = steps[i];
			if (quizLine && step?.kind === 'quiz') {
				const status = quizStatus(
					data.quizzes,
					step.target,
					Object.hasOwn(context.quizzes, step.target) ? context.quizzes[step.target]! : {},
				);
				const date = (iso: string) =>
					new Intl.DateTimeFormat(this.dataset.locale ?? 'zh-CN', { dateStyle: 'medium' }).format(new Date(iso));
				quizLine.textContent = describeQuizStatus(status, t, date);
			}
			if (i === progress.next) {
				item.classList.add('is-next');
				item.querySelector('[data-next-label]')?.removeAttribute('hidden');
			}
		});
		const summary = this.querySelector('[data-summary]');
		if (summary)
			summary.textContent = progress.next === -1 ? t('path.complete') : t('path.summary', { done: progress.done, count: progress.total });
		const bar = this.querySelector<HTMLProgressElement>('progress');
		if (bar) {
			bar.max = progress.total;
			bar.value = progress.done;
		}
		this.querySelector<HTMLElement>('[data-progress]')?.removeAttribute('hidden');
	}
}

if (!customElements.get('pb-path-progress')) customElements.define('pb-path-progress', PathProgressElement);

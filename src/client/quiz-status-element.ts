/**
 * `<pb-quiz-status>` around a list of quizzes: adds the learner's status to each entry (passed on …,
 * in progress, not passed, stale because a covered standard changed), read from the quiz store, and
 * again when another tab changes it. The status rules are in src/lib/quiz-history.ts; strings come
 * from `data-strings` (src/client/strings.ts).
 */
import { formatDate } from '../lib/format.ts';
import { own } from '../lib/learner-store.ts';
import { describeQuizStatus, quizStatus, readQuizzes } from '../lib/quiz-history.ts';
import { browserStorage } from './browser.ts';
import { reportRead } from './learner-notice.ts';
import { readStrings, type ElementKey } from './strings.ts';

class QuizStatusElement extends HTMLElement {
	connectedCallback() {
		this.#render();
		window.addEventListener('storage', () => this.#render());
	}

	#render() {
		let current: Record<string, Record<string, string>> = {};
		const t = readStrings<ElementKey<'pb-quiz-status'>>(this.dataset.strings);
		try {
			current = JSON.parse(this.dataset.current ?? '{}') as Record<string, Record<string, string>>;
		} catch {
			return;
		}
		const locale = this.dataset.locale ?? 'zh-CN';
		const read = readQuizzes(browserStorage());
		reportRead('quizzes', read);
		const date = (iso: string) => formatDate(iso, locale, { dateStyle: 'medium' });
		for (const item of this.querySelectorAll<HTMLElement>('[data-quiz]')) {
			const id = item.dataset.quiz ?? '';
			const status = quizStatus(read.value, id, own(current, id) ?? {});
			const line = item.querySelector('.quiz-status') ?? item.appendChild(document.createElement('p'));
			line.className = `quiz-status is-${status.state}`;
			line.textContent = `${t('quiz.statusLabel')}：${describeQuizStatus(status, t, date)}`;
		}
	}
}

if (!customElements.get('pb-quiz-status')) customElements.define('pb-quiz-status', QuizStatusElement);

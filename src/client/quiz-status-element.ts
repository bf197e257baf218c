/**
 * `<pb-quiz-status>` around a list of quizzes: adds the learner's status to each entry (passed on …,
 * in progress, not passed, stale because a covered standard changed), read from the quiz store.
 * The status rules are in src/lib/quiz-history.ts.
 */
import { describeQuizStatus, quizStatus, readQuizzes, type StatusWords } from '../lib/quiz-history.ts';
import { browserStorage } from './browser.ts';

class QuizStatusElement extends HTMLElement {
	connectedCallback() {
		const current = JSON.parse(this.dataset.current ?? '{}') as Record<string, Record<string, string>>;
		const words = JSON.parse(this.dataset.words ?? '{}') as StatusWords & { label: string };
		const locale = this.dataset.locale ?? 'zh-CN';
		const store = readQuizzes(browserStorage()).value;
		const date = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
		for (const item of this.querySelectorAll<HTMLElement>('[data-quiz]')) {
			const id = item.dataset.quiz ?? '';
			const status = quizStatus(store, id, Object.hasOwn(current, id) ? current[id]! : {});
			const line = item.querySelector('.quiz-status') ?? item.appendChild(document.createElement('p'));
			line.className = `quiz-status is-${status.state}`;
			line.textContent = `${words.label}：${describeQuizStatus(status, words, date)}`;
		}
	}
}

if (!customElements.get('pb-quiz-status')) customElements.define('pb-quiz-status', QuizStatusElement);

/**
 * `<pb-quiz-record>`: fills the printable completion record from the passing attempt named in
 * `?at=` (or the latest pass). Nothing is shown as passed unless the learner data says so.
 */
import { formatDate } from '../lib/format.ts';
import { attemptsOf, readQuizzes } from '../lib/quiz-history.ts';
import { browserStorage } from './browser.ts';
import { reportRead } from './learner-notice.ts';

class QuizRecordElement extends HTMLElement {
	connectedCallback() {
		const { quiz = '', locale = 'zh-CN' } = this.dataset;
		const codes = JSON.parse(this.dataset.codes ?? '{}') as Record<string, string>;
		const read = readQuizzes(browserStorage());
		reportRead('quizzes', read);
		const store = read.value;
		const at = new URL(location.href).searchParams.get('at');
		const passes = attemptsOf(store, quiz).filter((a) => a.passed);
		const attempt = passes.find((a) => a.at === at) ?? (at ? undefined : passes[0]);
		const set = (name: string, text: string) => {
			const field = this.querySelector(`[data-field="${name}"]`);
			if (field) field.textContent = text;
		};
		if (!attempt) {
			this.querySelector<HTMLElement>('[data-missing]')!.hidden = false;
			return;
		}
		set('score', `${attempt.score} / ${attempt.max}（${attempt.percent}%）`);
		set('date', formatDate(attempt.at, locale, { dateStyle: 'long', timeStyle: 'short' }));
		set('standards', Object.entries(attempt.versions).map(([id, v]) => `${Object.hasOwn(codes, id) ? codes[id] : id} ${v}`).join('、'));
		this.querySelector<HTMLElement>('[data-record]')!.hidden = false;
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
	}
}

if (!customElements.get('pb-quiz-record')) customElements.define('pb-quiz-record', QuizRecordElement);

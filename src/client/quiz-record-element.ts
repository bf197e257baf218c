/**
 * `<pb-quiz-record>`: fills the printable completion record from the passing attempt named in
 * `?at=` (or the latest pass). Nothing is shown as passed unless the learner data says so. The
 * learner's name is asked for once and kept in the profile store, so later records carry it.
 */
import { formatDate } from '../lib/format.ts';
import { readProfile, updateProfile } from '../lib/profile.ts';
import { attemptsOf, readQuizzes } from '../lib/quiz-history.ts';
import { browserStorage } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';

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
		const passMark = attempt.passMark ?? Number(this.dataset.passMark);
		set('score', `${attempt.score} / ${attempt.max}（${attempt.percent}%）`);
		set('passMark', Number.isFinite(passMark) ? `${Math.round(passMark * 100)}%` : '–');
		set('date', formatDate(attempt.at, locale, { dateStyle: 'long', timeStyle: 'short' }));
		set(
			'standards',
			Object.entries(attempt.versions)
				.map(([id, v]) => `${Object.hasOwn(codes, id) ? codes[id] : id} ${v}`)
				.join('、'),
		);
		set('seed', String(attempt.seed));
		this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
		const form = this.querySelector<HTMLFormElement>('[data-name-form]')!;
		const input = form.querySelector('input')!;
		const record = this.querySelector<HTMLElement>('[data-record]')!;
		const profile = readProfile(browserStorage());
		reportRead('profile', profile);
		// A name that could not be kept (storage refused) is still used for this visit.
		let typed: string | undefined;
		const show = () => {
			const name = (typed ?? readProfile(browserStorage()).value.name)?.trim();
			if (!name) {
				form.hidden = false;
				record.hidden = true;
				return;
			}
			set('learner', name);
			form.hidden = true;
			record.hidden = false;
		};
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const name = input.value.trim();
			if (!name) return input.focus();
			typed = name;
			reportWrite('profile', updateProfile(browserStorage(), { name }));
			show();
			this.querySelector<HTMLElement>('[data-record]')?.focus();
		});
		this.querySelector('[data-change-name]')?.addEventListener('click', () => {
			input.value = typed ?? readProfile(browserStorage()).value.name ?? '';
			form.hidden = false;
			input.focus();
		});
		show();
	}
}

if (!customElements.get('pb-quiz-record')) customElements.define('pb-quiz-record', QuizRecordElement);

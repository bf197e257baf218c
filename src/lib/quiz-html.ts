/**
 * The HTML of a quiz attempt: one fieldset per question with real form controls (radio buttons,
 * checkboxes, move-up/down buttons for ordering, a select per item for matching), and in review
 * mode the same controls disabled with the verdict, a mark on each option or item (right, wrong,
 * missed), the right answer, the explanation and a link to the clause. Pure rendering with the escaping
 * `html` template (src/lib/html.ts), shared by the quiz and its review. Strings come as a `t` over the
 * i18n keys listed in QUIZ_HTML_KEYS rather than a labels object: the keys are the dictionary's own (no
 * field names to map), plural forms and placeholders are filled by the one formatter, and the page
 * sends exactly this list (src/i18n/element-strings.ts), so a key missing there fails the type check.
 */
import type { Question } from '../../schemas/quiz.ts';
import { html, type SafeHtml } from './html.ts';
import type { AttemptPlan } from './quiz-attempt.ts';
import { isAnswered, type Answer, type QuestionResult } from './quiz-grading.ts';
import type { Translator } from './format.ts';

/**
 * The UI strings the quiz markup uses, by their i18n keys. Review marks are in words (never colour
 * alone): a right option chosen, a wrong one chosen, a right one missed; for ordering, in place or
 * belongs at `{n}`; for matching, right, or wrong / unanswered with what it should be (`{match}`).
 */
export const QUIZ_HTML_KEYS = [
	'quiz.question',
	'quiz.true',
	'quiz.false',
	'quiz.moveUp',
	'quiz.moveDown',
	'quiz.choose',
	'quiz.correct',
	'quiz.partly',
	'quiz.wrong',
	'quiz.rightAnswer',
	'quiz.explanation',
	'quiz.source',
	'quiz.orderingHint',
	'quiz.multipleHint',
	'quiz.markRight',
	'quiz.markWrong',
	'quiz.markMissed',
	'quiz.markPlace',
	'quiz.markShouldBe',
	'quiz.markMatchRight',
	'quiz.markMatchWrong',
	'quiz.markMatchMissing',
	'quiz.unanswered',
] as const;
export type QuizHtmlKey = (typeof QUIZ_HTML_KEYS)[number];
type T = Translator<QuizHtmlKey>;

export interface ClauseLink {
	href: string;
	label: string;
	title: string;
}

/** The review mark of one option: chosen and right, chosen and wrong, right but not chosen, or none. */
function choiceMark(chosen: boolean, right: boolean, t: T): SafeHtml | '' {
	if (chosen && right) return html`<span class="mark mark-right">${t('quiz.markRight')}</span>`;
	if (chosen) return html`<span class="mark mark-wrong">${t('quiz.markWrong')}</span>`;
	if (right) return html`<span class="mark mark-missed">${t('quiz.markMissed')}</span>`;
	return '';
}

function choiceInputs(
	q: Question & { type: 'single' | 'multiple' },
	order: string[],
	t: T,
	answer: Answer | undefined,
	review: boolean,
): SafeHtml[] {
	const type = q.type === 'single' ? 'radio' : 'checkbox';
	const picked = answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [];
	const right = q.type === 'single' ? [q.answer] : q.answer;
	return order
		.map((id) => q.options.find((o) => o.id === id))
		.filter((o) => o !== undefined)
		.map((o) => {
			const inputId = `${q.id}-${o.id}`;
			const chosen = picked.includes(o.id);
			const mark = review && choiceMark(chosen, right.includes(o.id), t);
			return html`<div class="choice"><input type="${type}" id="${inputId}" name="${q.id}" value="${o.id}"${chosen && ' checked'}${review && ' disabled'}><label for="${inputId}">${o.text}</label>${mark}</div>`;
		});
}

/** A, B, C… for the n-th option shown (0-based); past Z, AA, AB… */
export function optionLetter(n: number): string {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	return n < 26 ? letters[n]! : `${optionLetter(Math.floor(n / 26) - 1)}${letters[n % 26]}`;
}

function trueFalseInputs(q: Question & { type: 'true-false' }, t: T, answer: Answer | undefined, review: boolean): SafeHtml[] {
	const picked = answer?.type === 'true-false' ? answer.choice : null;
	return ([true, false] as const).map((value) => {
		const inputId = `${q.id}-${value}`;
		const mark = review && choiceMark(picked === value, q.answer === value, t);
		return html`<div class="choice"><input type="radio" id="${inputId}" name="${q.id}" value="${String(value)}"${picked === value && ' checked'}${review && ' disabled'}><label for="${inputId}">${t(value ? 'quiz.true' : 'quiz.false')}</label>${mark}</div>`;
	});
}

function orderingList(q: Question & { type: 'ordering' }, order: string[], t: T, answer: Answer | undefined, disabled: boolean): SafeHtml {
	const shown = answer?.type === 'ordering' && answer.order.length === q.items.length ? answer.order : order;
	const items = shown.map((id) => q.items.find((i) => i.id === id)).filter((i) => i !== undefined);
	const mark = (id: string, at: number) => {
		if (!disabled) return '';
		const place = q.items.findIndex((i) => i.id === id);
		return place === at
			? html` <span class="mark mark-right">${t('quiz.markPlace')}</span>`
			: html` <span class="mark mark-wrong">${t('quiz.markShouldBe', { n: place + 1 })}</span>`;
	};
	const moves = (text: string) =>
		html`<span class="moves"><button type="button" class="button" data-move="up" aria-label="${t('quiz.moveUp', { item: text })}">↑</button><button type="button" class="button" data-move="down" aria-label="${t('quiz.moveDown', { item: text })}">↓</button></span>`;
	const list = items.map(
		(item, at) =>
			html`<li data-item="${item.id}"><span class="item-text">${item.text}</span>${mark(item.id, at)}${!disabled && moves(item.text)}</li>`,
	);
	return html`<p class="hint" id="${q.id}-hint">${t('quiz.orderingHint')}</p><ol class="ordering" data-ordering="${q.id}" aria-describedby="${q.id}-hint">${list}</ol>`;
}

function matchingSelects(
	q: Question & { type: 'matching' },
	order: string[],
	t: T,
	answer: Answer | undefined,
	disabled: boolean,
): SafeHtml {
	const chosen = answer?.type === 'matching' ? answer.matches : {};
	const options = order.map((id) => q.pairs.find((p) => p.id === id)).filter((p) => p !== undefined);
	const matches = q.pairs.map((pair) => {
		const selectId = `${q.id}-${pair.id}`;
		const opts = options.map((o) => html`<option value="${o.id}"${chosen[pair.id] === o.id && ' selected'}>${o.match}</option>`);
		const given = chosen[pair.id];
		const mark = !disabled
			? ''
			: given === pair.id
				? html`<span class="mark mark-right">${t('quiz.markMatchRight')}</span>`
				: html`<span class="mark ${given ? 'mark-wrong' : 'mark-missed'}">${t(given ? 'quiz.markMatchWrong' : 'quiz.markMatchMissing', { match: pair.match })}</span>`;
		return html`<div class="match"><label for="${selectId}">${pair.prompt}</label><select id="${selectId}" name="${q.id}" data-pair="${pair.id}"${disabled && ' disabled'}><option value="">${t('quiz.choose')}</option>${opts}</select>${mark}</div>`;
	});
	return html`<div class="matching">${matches}</div>`;
}

function controls(q: Question, order: string[], t: T, answer: Answer | undefined, disabled: boolean): SafeHtml | SafeHtml[] {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const hint = q.type === 'multiple' && html`<p class="hint">${t('quiz.multipleHint')}</p>`;
			return html`${hint}${choiceInputs(q, order, t, answer, disabled)}`;
		}
		case 'true-false':
			return trueFalseInputs(q, t, answer, disabled);
		case 'ordering':
			return orderingList(q, order, t, answer, disabled);
		case 'matching':
			return matchingSelects(q, order, t, answer, disabled);
	}
}

/** The right answer in words. */
export function rightAnswerText(q: Question, t: T): string {
	switch (q.type) {
		case 'single':
			return q.options.find((o) => o.id === q.answer)?.text ?? '';
		case 'multiple':
			return q.options
				.filter((o) => q.answer.includes(o.id))
				.map((o) => o.text)
				.join('；');
		case 'true-false':
			return t(q.answer ? 'quiz.true' : 'quiz.false');
		case 'ordering':
			return q.items.map((i, n) => `${n + 1}. ${i.text}`).join(' → ');
		case 'matching':
			return q.pairs.map((p) => `${p.prompt} — ${p.match}`).join('；');
	}
}

/** Feedback written for the options the learner chose wrongly. */
function optionFeedback(q: Question, answer: Answer | undefined): string[] {
	if ((q.type === 'single' && answer?.type === 'single') || (q.type === 'multiple' && answer?.type === 'multiple')) {
		const picked = answer.type === 'single' ? [answer.choice] : answer.choices;
		const right = q.type === 'single' ? [q.answer] : q.answer;
		return q.options.filter((o) => picked.includes(o.id) && !right.includes(o.id) && o.feedback).map((o) => o.feedback!);
	}
	if (q.type === 'true-false' && answer?.type === 'true-false' && answer.choice !== null) {
		const text = q.feedback?.[answer.choice ? 'true' : 'false'];
		return text ? [text] : [];
	}
	return [];
}

function verdict(result: QuestionResult, t: T, answered: boolean): { cls: string; text: string } {
	if (result.correct) return { cls: 'is-correct', text: t('quiz.correct') };
	if (!answered) return { cls: 'is-wrong is-unanswered', text: t('quiz.unanswered') };
	return result.score > 0
		? { cls: 'is-partly', text: `${t('quiz.partly')} (${Math.round(result.score * 100)}%)` }
		: { cls: 'is-wrong', text: t('quiz.wrong') };
}

export interface RenderOptions {
	t: T;
	plan: AttemptPlan;
	answers?: Record<string, Answer>;
	/** With results: review mode (controls disabled, verdicts and explanations shown). */
	results?: QuestionResult[];
	links: Record<string, ClauseLink>;
}

/** The verdict, right answer, feedback, explanation and source of a reviewed question. */
function review(q: Question, result: QuestionResult, answer: Answer | undefined, link: ClauseLink | undefined, t: T): SafeHtml {
	const v = verdict(result, t, isAnswered(q, answer));
	const notes = optionFeedback(q, answer);
	const right = !result.correct && html`<p><strong>${t('quiz.rightAnswer')}</strong> ${rightAnswerText(q, t)}</p>`;
	const feedback = notes.length > 0 && html`<ul class="option-feedback">${notes.map((f) => html`<li>${f}</li>`)}</ul>`;
	const source = link && html`<p>${t('quiz.source')} <a href="${link.href}" title="${link.title}">${link.label} ${link.title}</a></p>`;
	return html`<div class="review ${v.cls}"><p class="verdict"><strong>${v.text}</strong></p>${right}${feedback}<p><strong>${t('quiz.explanation')}</strong> ${q.explanation}</p>${source}</div>`;
}

export function renderAttemptHtml(questions: readonly Question[], options: RenderOptions): SafeHtml {
	const { t, plan, answers = {}, results, links } = options;
	const byId = new Map(questions.map((q) => [q.id, q]));
	const fieldsets = plan.questions.map((id, index) => {
		const q = byId.get(id);
		if (!q) return '';
		const answer = answers[id];
		const result = results?.find((r) => r.id === id);
		const legend = html`<legend><span class="number">${t('quiz.question', { n: index + 1 })}</span> ${q.prompt}</legend>`;
		const body = controls(q, plan.order[id] ?? [], t, answer, Boolean(result));
		const reviewed = result && review(q, result, answer, links[id], t);
		return html`<fieldset class="question" data-question="${id}" data-type="${q.type}">${legend}${body}${reviewed}</fieldset>`;
	});
	return html`${fieldsets}`;
}

/**
 * The HTML of a quiz attempt: one fieldset per question with real form controls (radio buttons,
 * checkboxes, move-up/down buttons for ordering, a select per item for matching), and in review
 * mode the same controls disabled with the verdict, a mark on each option or item (right, wrong,
 * missed), the right answer, the explanation and a link to the clause. Pure string rendering, shared by the quiz and its review.
 */
import type { Question } from '../../schemas/quiz.ts';
import { escapeHtml as esc } from './html.ts';
import type { AttemptPlan } from './quiz-attempt.ts';
import { isAnswered, type Answer, type QuestionResult } from './quiz-grading.ts';
import { fill } from './format.ts';

export interface QuizLabels {
	question: string;
	true: string;
	false: string;
	moveUp: string;
	moveDown: string;
	choose: string;
	correct: string;
	partly: string;
	wrong: string;
	rightAnswer: string;
	explanation: string;
	source: string;
	orderingHint: string;
	multipleHint: string;
	/** Review marks, in words (never colour alone): a right option chosen, a wrong one chosen, a right one missed. */
	markRight: string;
	markWrong: string;
	markMissed: string;
	/** Ordering: item in its place / belongs at `{n}`. Matching: right / wrong or unanswered, should be `{match}`. */
	markPlace: string;
	markShouldBe: string;
	markMatchRight: string;
	markMatchWrong: string;
	markMatchMissing: string;
	/** Verdict of a question left unanswered. */
	unanswered: string;
}

export interface ClauseLink {
	href: string;
	label: string;
	title: string;
}

/** The review mark of one option: chosen and right, chosen and wrong, right but not chosen, or none. */
function choiceMark(chosen: boolean, right: boolean, labels: QuizLabels): string {
	if (chosen && right) return `<span class="mark mark-right">${esc(labels.markRight)}</span>`;
	if (chosen) return `<span class="mark mark-wrong">${esc(labels.markWrong)}</span>`;
	if (right) return `<span class="mark mark-missed">${esc(labels.markMissed)}</span>`;
	return '';
}

function choiceInputs(
	q: Question & { type: 'single' | 'multiple' },
	order: string[],
	labels: QuizLabels,
	answer: Answer | undefined,
	review: boolean,
): string {
	const type = q.type === 'single' ? 'radio' : 'checkbox';
	const picked = answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [];
	const right = q.type === 'single' ? [q.answer] : q.answer;
	return order
		.map((id) => q.options.find((o) => o.id === id))
		.filter((o) => o !== undefined)
		.map((o) => {
			const inputId = `${q.id}-${o.id}`;
			const chosen = picked.includes(o.id);
			const mark = review ? choiceMark(chosen, right.includes(o.id), labels) : '';
			return `<div class="choice"><input type="${type}" id="${inputId}" name="${q.id}" value="${esc(o.id)}"${chosen ? ' checked' : ''}${review ? ' disabled' : ''}><label for="${inputId}">${esc(o.text)}</label>${mark}</div>`;
		})
		.join('');
}

/** A, B, C… for the n-th option shown (0-based); past Z, AA, AB… */
export function optionLetter(n: number): string {
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	return n < 26 ? letters[n]! : `${optionLetter(Math.floor(n / 26) - 1)}${letters[n % 26]}`;
}

function trueFalseInputs(q: Question & { type: 'true-false' }, labels: QuizLabels, answer: Answer | undefined, review: boolean): string {
	const picked = answer?.type === 'true-false' ? answer.choice : null;
	return ([true, false] as const)
		.map((value) => {
			const inputId = `${q.id}-${value}`;
			const mark = review ? choiceMark(picked === value, q.answer === value, labels) : '';
			return `<div class="choice"><input type="radio" id="${inputId}" name="${q.id}" value="${value}"${picked === value ? ' checked' : ''}${review ? ' disabled' : ''}><label for="${inputId}">${esc(value ? labels.true : labels.false)}</label>${mark}</div>`;
		})
		.join('');
}

function orderingList(
	q: Question & { type: 'ordering' },
	order: string[],
	labels: QuizLabels,
	answer: Answer | undefined,
	disabled: boolean,
): string {
	const shown = answer?.type === 'ordering' && answer.order.length === q.items.length ? answer.order : order;
	const items = shown.map((id) => q.items.find((i) => i.id === id)).filter((i) => i !== undefined);
	const mark = (id: string, at: number) => {
		if (!disabled) return '';
		const place = q.items.findIndex((i) => i.id === id);
		return place === at
			? ` <span class="mark mark-right">${esc(labels.markPlace)}</span>`
			: ` <span class="mark mark-wrong">${esc(fill(labels.markShouldBe, { n: place + 1 }))}</span>`;
	};
	return `<p class="hint" id="${q.id}-hint">${esc(labels.orderingHint)}</p><ol class="ordering" data-ordering="${q.id}" aria-describedby="${q.id}-hint">${items
		.map(
			(item, at) =>
				`<li data-item="${esc(item.id)}"><span class="item-text">${esc(item.text)}</span>${mark(item.id, at)}${
					disabled
						? ''
						: `<span class="moves"><button type="button" class="button" data-move="up" aria-label="${esc(fill(labels.moveUp, { item: item.text }))}">↑</button><button type="button" class="button" data-move="down" aria-label="${esc(fill(labels.moveDown, { item: item.text }))}">↓</button></span>`
				}</li>`,
		)
		.join('')}</ol>`;
}

function matchingSelects(
	q: Question & { type: 'matching' },
	order: string[],
	labels: QuizLabels,
	answer: Answer | undefined,
	disabled: boolean,
): string {
	const chosen = answer?.type === 'matching' ? answer.matches : {};
	const options = order.map((id) => q.pairs.find((p) => p.id === id)).filter((p) => p !== undefined);
	return `<div class="matching">${q.pairs
		.map((pair) => {
			const selectId = `${q.id}-${pair.id}`;
			const opts = options
				.map((o) => `<option value="${esc(o.id)}"${chosen[pair.id] === o.id ? ' selected' : ''}>${esc(o.match)}</option>`)
				.join('');
			const given = chosen[pair.id];
			const mark = !disabled
				? ''
				: given === pair.id
					? `<span class="mark mark-right">${esc(labels.markMatchRight)}</span>`
					: `<span class="mark ${given ? 'mark-wrong' : 'mark-missed'}">${esc(fill(given ? labels.markMatchWrong : labels.markMatchMissing, { match: pair.match }))}</span>`;
			return `<div class="match"><label for="${selectId}">${esc(pair.prompt)}</label><select id="${selectId}" name="${q.id}" data-pair="${esc(pair.id)}"${disabled ? ' disabled' : ''}><option value="">${esc(labels.choose)}</option>${opts}</select>${mark}</div>`;
		})
		.join('')}</div>`;
}

function controls(q: Question, order: string[], labels: QuizLabels, answer: Answer | undefined, disabled: boolean): string {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return (
				(q.type === 'multiple' ? `<p class="hint">${esc(labels.multipleHint)}</p>` : '') + choiceInputs(q, order, labels, answer, disabled)
			);
		case 'true-false':
			return trueFalseInputs(q, labels, answer, disabled);
		case 'ordering':
			return orderingList(q, order, labels, answer, disabled);
		case 'matching':
			return matchingSelects(q, order, labels, answer, disabled);
	}
}

/** The right answer in words. */
export function rightAnswerText(q: Question, labels: QuizLabels): string {
	switch (q.type) {
		case 'single':
			return q.options.find((o) => o.id === q.answer)?.text ?? '';
		case 'multiple':
			return q.options
				.filter((o) => q.answer.includes(o.id))
				.map((o) => o.text)
				.join('；');
		case 'true-false':
			return q.answer ? labels.true : labels.false;
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

function verdict(result: QuestionResult, labels: QuizLabels, answered: boolean): { cls: string; text: string } {
	if (result.correct) return { cls: 'is-correct', text: labels.correct };
	if (!answered) return { cls: 'is-wrong is-unanswered', text: labels.unanswered };
	return result.score > 0
		? { cls: 'is-partly', text: `${labels.partly} (${Math.round(result.score * 100)}%)` }
		: { cls: 'is-wrong', text: labels.wrong };
}

export interface RenderOptions {
	labels: QuizLabels;
	plan: AttemptPlan;
	answers?: Record<string, Answer>;
	/** With results: review mode (controls disabled, verdicts and explanations shown). */
	results?: QuestionResult[];
	links: Record<string, ClauseLink>;
}

export function renderAttemptHtml(questions: readonly Question[], options: RenderOptions): string {
	const { labels, plan, answers = {}, results, links } = options;
	const byId = new Map(questions.map((q) => [q.id, q]));
	return plan.questions
		.map((id, index) => {
			const q = byId.get(id);
			if (!q) return '';
			const answer = answers[id];
			const result = results?.find((r) => r.id === id);
			const legend = `<legend><span class="number">${esc(fill(labels.question, { n: index + 1 }))}</span> ${esc(q.prompt)}</legend>`;
			const body = controls(q, plan.order[id] ?? [], labels, answer, Boolean(result));
			let review = '';
			if (result) {
				const v = verdict(result, labels, isAnswered(q, answer));
				const link = links[id];
				const notes = optionFeedback(q, answer)
					.map((f) => `<li>${esc(f)}</li>`)
					.join('');
				review = `<div class="review ${v.cls}"><p class="verdict"><strong>${esc(v.text)}</strong></p>${
					result.correct ? '' : `<p><strong>${esc(labels.rightAnswer)}</strong> ${esc(rightAnswerText(q, labels))}</p>`
				}${notes ? `<ul class="option-feedback">${notes}</ul>` : ''}<p><strong>${esc(labels.explanation)}</strong> ${esc(q.explanation)}</p>${
					link
						? `<p>${esc(labels.source)} <a href="${esc(link.href)}" title="${esc(link.title)}">${esc(link.label)} ${esc(link.title)}</a></p>`
						: ''
				}</div>`;
			}
			return `<fieldset class="question" data-question="${esc(id)}" data-type="${q.type}">${legend}${body}${review}</fieldset>`;
		})
		.join('');
}

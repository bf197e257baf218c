/**
 * The HTML of a quiz attempt: one fieldset per question with real form controls (radio buttons,
 * checkboxes, move-up/down buttons for ordering, a select per item for matching), and in review
 * mode the same controls disabled with the verdict, the right answer, the explanation and a link
 * to the clause. Pure string rendering, shared by the quiz and its review.
 */
import type { Question } from '../../schemas/quiz.ts';
import { escapeHtml as esc } from './html.ts';
import type { AttemptPlan } from './quiz-attempt.ts';
import type { Answer, QuestionResult } from './quiz-grading.ts';
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
}

export interface ClauseLink {
	href: string;
	label: string;
	title: string;
}

function choiceInputs(q: Question & { type: 'single' | 'multiple' }, order: string[], answer: Answer | undefined, disabled: boolean): string {
	const type = q.type === 'single' ? 'radio' : 'checkbox';
	const picked = answer?.type === 'single' ? [answer.choice] : answer?.type === 'multiple' ? answer.choices : [];
	return order
		.map((id) => q.options.find((o) => o.id === id))
		.filter((o) => o !== undefined)
		.map((o) => {
			const inputId = `${q.id}-${o.id}`;
			return `<div class="choice"><input type="${type}" id="${inputId}" name="${q.id}" value="${esc(o.id)}"${picked.includes(o.id) ? ' checked' : ''}${disabled ? ' disabled' : ''}><label for="${inputId}">${esc(o.text)}</label></div>`;
		})
		.join('');
}

function trueFalseInputs(q: Question & { type: 'true-false' }, labels: QuizLabels, answer: Answer | undefined, disabled: boolean): string {
	const picked = answer?.type === 'true-false' ? answer.choice : null;
	return ([true, false] as const)
		.map((value) => {
			const inputId = `${q.id}-${value}`;
			return `<div class="choice"><input type="radio" id="${inputId}" name="${q.id}" value="${value}"${picked === value ? ' checked' : ''}${disabled ? ' disabled' : ''}><label for="${inputId}">${esc(value ? labels.true : labels.false)}</label></div>`;
		})
		.join('');
}

function orderingList(q: Question & { type: 'ordering' }, order: string[], labels: QuizLabels, answer: Answer | undefined, disabled: boolean): string {
	const shown = answer?.type === 'ordering' && answer.order.length === q.items.length ? answer.order : order;
	const items = shown.map((id) => q.items.find((i) => i.id === id)).filter((i) => i !== undefined);
	return `<p class="hint" id="${q.id}-hint">${esc(labels.orderingHint)}</p><ol class="ordering" data-ordering="${q.id}" aria-describedby="${q.id}-hint">${items
		.map(
			(item) =>
				`<li data-item="${esc(item.id)}"><span class="item-text">${esc(item.text)}</span>${
					disabled
						? ''
						: `<span class="moves"><button type="button" class="button" data-move="up" aria-label="${esc(fill(labels.moveUp, { item: item.text }))}">↑</button><button type="button" class="button" data-move="down" aria-label="${esc(fill(labels.moveDown, { item: item.text }))}">↓</button></span>`
				}</li>`,
		)
		.join('')}</ol>`;
}

function matchingSelects(q: Question & { type: 'matching' }, order: string[], labels: QuizLabels, answer: Answer | undefined, disabled: boolean): string {
	const chosen = answer?.type === 'matching' ? answer.matches : {};
	const options = order.map((id) => q.pairs.find((p) => p.id === id)).filter((p) => p !== undefined);
	return `<div class="matching">${q.pairs
		.map((pair) => {
			const selectId = `${q.id}-${pair.id}`;
			const opts = options.map((o) => `<option value="${esc(o.id)}"${chosen[pair.id] === o.id ? ' selected' : ''}>${esc(o.match)}</option>`).join('');
			return `<div class="match"><label for="${selectId}">${esc(pair.prompt)}</label><select id="${selectId}" name="${q.id}" data-pair="${esc(pair.id)}"${disabled ? ' disabled' : ''}><option value="">${esc(labels.choose)}</option>${opts}</select></div>`;
		})
		.join('')}</div>`;
}

function controls(q: Question, order: string[], labels: QuizLabels, answer: Answer | undefined, disabled: boolean): string {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return (q.type === 'multiple' ? `<p class="hint">${esc(labels.multipleHint)}</p>` : '') + choiceInputs(q, order, answer, disabled);
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
			return q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text).join('；');
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

function verdict(result: QuestionResult, labels: QuizLabels): { cls: string; text: string } {
	if (result.correct) return { cls: 'is-correct', text: labels.correct };
	return result.score > 0 ? { cls: 'is-partly', text: `${labels.partly} (${Math.round(result.score * 100)}%)` } : { cls: 'is-wrong', text: labels.wrong };
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
				const v = verdict(result, labels);
				const link = links[id];
				const notes = optionFeedback(q, answer).map((f) => `<li>${esc(f)}</li>`).join('');
				review = `<div class="review ${v.cls}"><p class="verdict"><strong>${esc(v.text)}</strong></p>${
					result.correct ? '' : `<p><strong>${esc(labels.rightAnswer)}</strong> ${esc(rightAnswerText(q, labels))}</p>`
				}${notes ? `<ul class="option-feedback">${notes}</ul>` : ''}<p><strong>${esc(labels.explanation)}</strong> ${esc(q.explanation)}</p>${
					link ? `<p>${esc(labels.source)} <a href="${esc(link.href)}" title="${esc(link.title)}">${esc(link.label)} ${esc(link.title)}</a></p>` : ''
				}</div>`;
			}
			return `<fieldset class="question" data-question="${esc(id)}" data-type="${q.type}">${legend}${body}${review}</fieldset>`;
		})
		.join('');
}

/**
 * Grading, question by question. Partial credit (`partialCredit: proportional`, the default):
 * - multiple choice: (right picks − wrong picks) ÷ number of correct options, never below 0;
 * - ordering: share of items in their right position;
 * - matching: share of pairs matched correctly.
 * With `none`, each of these scores 1 only when fully right. Single choice and true/false are
 * always all or nothing.
 */
import type { Question, QuizData } from '../../schemas/quiz.ts';
import type { AttemptPlan } from './quiz-attempt.ts';

/** What a learner answered, per question type. */
export type Answer =
	| { type: 'single'; choice: string | null }
	| { type: 'multiple'; choices: string[] }
	| { type: 'true-false'; choice: boolean | null }
	/** Item ids in the order the learner put them. */
	| { type: 'ordering'; order: string[] }
	/** Left pair id → the pair id whose match the learner chose for it. */
	| { type: 'matching'; matches: Record<string, string | null> };

export interface QuestionResult {
	id: string;
	/** 0–1. */
	score: number;
	correct: boolean;
}

export type PartialCredit = QuizData['partialCredit'];

const share = (right: number, total: number) => (total === 0 ? 0 : right / total);

function rawScore(question: Question, answer: Answer | undefined): number {
	if (!answer || answer.type !== question.type) return 0;
	switch (question.type) {
		case 'single':
			return answer.type === 'single' && answer.choice === question.answer ? 1 : 0;
		case 'true-false':
			return answer.type === 'true-false' && answer.choice === question.answer ? 1 : 0;
		case 'multiple': {
			if (answer.type !== 'multiple') return 0;
			const picked = new Set(answer.choices);
			const right = question.answer.filter((id) => picked.has(id)).length;
			const wrong = [...picked].filter((id) => !question.answer.includes(id)).length;
			return Math.max(0, share(right - wrong, question.answer.length));
		}
		case 'ordering': {
			if (answer.type !== 'ordering') return 0;
			return share(question.items.filter((item, i) => answer.order[i] === item.id).length, question.items.length);
		}
		case 'matching': {
			if (answer.type !== 'matching') return 0;
			return share(question.pairs.filter((pair) => answer.matches[pair.id] === pair.id).length, question.pairs.length);
		}
	}
}

/**
 * Whether the learner gave an answer at all: a choice made, at least one box ticked, every
 * matching item given a match. An ordering always has an order, so it counts as answered once the
 * learner moved something (`touched`), or always when the caller cannot tell.
 */
export function isAnswered(question: Question, answer: Answer | undefined, touched = true): boolean {
	if (!answer || answer.type !== question.type) return false;
	switch (answer.type) {
		case 'single':
		case 'true-false':
			return answer.choice !== null;
		case 'multiple':
			return answer.choices.length > 0;
		case 'ordering':
			return touched;
		case 'matching':
			return (
				question.type === 'matching' && question.pairs.every((p) => typeof answer.matches[p.id] === 'string' && answer.matches[p.id] !== '')
			);
	}
}

/** Positions (1-based, as shown) of the questions of a plan left unanswered, for the warning before submitting. */
export function unansweredPositions(
	questions: readonly Question[],
	plan: Pick<AttemptPlan, 'questions'>,
	answers: Record<string, Answer>,
	touched?: ReadonlySet<string>,
): number[] {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return plan.questions.flatMap((id, i) => {
		const question = byId.get(id);
		if (!question) return [];
		return isAnswered(question, answers[id], touched ? touched.has(id) : true) ? [] : [i + 1];
	});
}

export function gradeQuestion(question: Question, answer: Answer | undefined, partialCredit: PartialCredit): QuestionResult {
	const raw = rawScore(question, answer);
	const correct = raw === 1;
	return { id: question.id, score: partialCredit === 'none' ? (correct ? 1 : 0) : raw, correct };
}

export interface AttemptResult {
	questions: QuestionResult[];
	/** Points scored, with partial credit. */
	score: number;
	max: number;
	/** Whole percent, rounded down. */
	percent: number;
	passed: boolean;
}

export function gradeAttempt(
	quiz: Pick<QuizData, 'questions' | 'passMark' | 'partialCredit'>,
	plan: AttemptPlan,
	answers: Record<string, Answer>,
): AttemptResult {
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const questions = plan.questions.flatMap((id) => {
		const question = byId.get(id);
		return question ? [gradeQuestion(question, answers[id], quiz.partialCredit)] : [];
	});
	const exact = questions.reduce((sum, q) => sum + q.score, 0);
	const max = questions.length;
	// Pass/fail and percent come from the exact score; only the displayed score is rounded.
	const ratio = max === 0 ? 0 : exact / max;
	return {
		questions,
		score: Math.round(exact * 100) / 100,
		max,
		percent: Math.floor(ratio * 100 + 1e-9),
		passed: ratio + 1e-9 >= quiz.passMark,
	};
}

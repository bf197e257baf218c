/**
 * An attempt at a quiz: which questions were drawn and in what order their options were shown,
 * all derived from one recorded seed, so an attempt can be shown again exactly as it was taken.
 */
import type { Question, QuizData } from '../../schemas/quiz.ts';

/** mulberry32: a tiny, well-known 32-bit PRNG; the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

export interface AttemptPlan {
	seed: number;
	/** Question ids in the order shown. */
	questions: string[];
	/** Per question, the order its options, items or matches were shown in (ids). */
	order: Record<string, string[]>;
}

/** The ids a question shuffles: options, ordering items, or the right-hand matches. */
function shuffledIds(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.options.map((o) => o.id);
		case 'ordering':
			return question.items.map((i) => i.id);
		case 'matching':
			return question.pairs.map((p) => p.id);
		case 'true-false':
			return [];
	}
}

/**
 * Draws an attempt. `only` limits the pool (retrying the questions answered wrongly); the draw
 * size is the quiz's `draw`, or the whole (limited) pool when that is smaller.
 */
export function planAttempt(quiz: Pick<QuizData, 'questions' | 'draw'>, seed: number, only?: readonly string[]): AttemptPlan {
	const random = seededRandom(seed);
	const pool = only ? quiz.questions.filter((q) => only.includes(q.id)) : quiz.questions;
	const size = Math.min(only ? pool.length : (quiz.draw ?? pool.length), pool.length);
	const drawn = shuffle(pool, random).slice(0, size);
	const order: Record<string, string[]> = {};
	for (const question of drawn) {
		const ids = shuffledIds(question);
		if (ids.length === 0) continue;
		let shuffled = shuffle(ids, random);
		// An ordering shown already in the right order would give its answer away.
		if (question.type === 'ordering' && shuffled.every((id, i) => id === ids[i])) shuffled = [...shuffled.slice(1), shuffled[0]!];
		order[question.id] = shuffled;
	}
	return { seed, questions: drawn.map((q) => q.id), order };
}

/** A fresh 32-bit seed. */
export function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 32);
}

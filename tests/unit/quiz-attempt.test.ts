import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/quiz.ts';
import { newSeed, planAttempt, seededRandom, shuffle } from '../../src/lib/quiz-attempt.ts';

const common = { prompt: '题目', ref: 'sc-01#c-1-1', explanation: '解析' };
const single: Question = {
	...common,
	id: 's',
	type: 'single',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C' },
	],
	answer: 'a',
};
const trueFalse: Question = { ...common, id: 't', type: 'true-false', answer: true };
const ordering: Question = {
	...common,
	id: 'o',
	type: 'ordering',
	items: [
		{ id: 'x', text: 'X' },
		{ id: 'y', text: 'Y' },
		{ id: 'z', text: 'Z' },
	],
};
const matching: Question = {
	...common,
	id: 'm',
	type: 'matching',
	pairs: [
		{ id: 'p1', prompt: '左一', match: '右一' },
		{ id: 'p2', prompt: '左二', match: '右二' },
	],
};
const multiple: Question = {
	...common,
	id: 'mu',
	type: 'multiple',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
	],
	answer: ['a'],
};

/**
 * Reference outputs of mulberry32 (the published algorithm, run independently of this module).
 * The hand-derived plans below use these numbers.
 */
const SEED_0 = [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111];
const SEED_1 = [0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849, 0.281103502959013];

describe('seededRandom', () => {
	it('is mulberry32: known values for known seeds', () => {
		const zero = seededRandom(0);
		expect([zero(), zero(), zero(), zero()]).toEqual(SEED_0);
		const one = seededRandom(1);
		expect(Array.from({ length: 6 }, () => one())).toEqual(SEED_1);
		const answer = seededRandom(42);
		expect([answer(), answer()]).toEqual([0.6011037519201636, 0.44829055899754167]);
	});

	it('gives the same sequence for the same seed, and separate generators do not share state', () => {
		const a = seededRandom(12345);
		const b = seededRandom(12345);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect(first).toEqual([0.9797282677609473, 0.3067522644996643, 0.484205421525985]);
	});

	it('treats the seed as an unsigned 32-bit number', () => {
		const negative = seededRandom(-1);
		const max = seededRandom(2 ** 32 - 1);
		expect([negative(), negative()]).toEqual([0.8964226141106337, 0.189478256739676]);
		expect([max(), max()]).toEqual([0.8964226141106337, 0.189478256739676]);
		const wrapped = seededRandom(2 ** 32);
		expect(wrapped()).toBe(SEED_0[0]);
	});

	it('stays within [0, 1)', () => {
		const random = seededRandom(7);
		for (let i = 0; i < 10_000; i++) {
			const value = random();
			expect(value >= 0 && value < 1).toBe(true);
		}
	});
});

describe('shuffle', () => {
	it('is Fisher–Yates from the end: hand-derived order for seed 0', () => {
		// i=3: j=floor(.266*4)=1 → [1,4,3,2]; i=2: j=floor(.0003*3)=0 → [3,4,1,2]; i=1: j=floor(.223*2)=0 → [4,3,1,2]
		expect(shuffle([1, 2, 3, 4], seededRandom(0))).toEqual([4, 3, 1, 2]);
	});

	it('follows the random source exactly', () => {
		expect(shuffle(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
		expect(shuffle(['a', 'b', 'c', 'd'], () => 0.999999)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('draws one number per position except the first and returns a new array', () => {
		let calls = 0;
		const input = Object.freeze(['a', 'b', 'c', 'd', 'e']);
		const result = shuffle(input, () => {
			calls++;
			return 0.5;
		});
		expect(calls).toBe(4);
		expect(result).not.toBe(input);
		expect(input).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...result].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('handles empty and one-item lists without drawing', () => {
		const never = () => {
			throw new Error('should not draw');
		};
		expect(shuffle([], never)).toEqual([]);
		expect(shuffle(['only'], never)).toEqual(['only']);
	});
});

describe('planAttempt', () => {
	const quiz = { questions: [single, trueFalse, ordering], draw: 2 };

	it('draws `draw` questions and records the shown order of options and items (hand-derived, seed 1)', () => {
		// Pool [s,t,o]: i=2 j=1 → [s,o,t]; i=1 j=0 → [o,s,t]; first two: o, s.
		// o [x,y,z]: i=2 j=floor(.527*3)=1 → [x,z,y]; i=1 j=floor(.981*2)=1 → [x,z,y].
		// s [a,b,c]: i=2 j=floor(.968*3)=2 → same; i=1 j=floor(.281*2)=0 → [b,a,c].
		expect(planAttempt(quiz, 1)).toEqual({ seed: 1, questions: ['o', 's'], order: { o: ['x', 'z', 'y'], s: ['b', 'a', 'c'] } });
	});

	it('is reproducible from the seed', () => {
		const all = { questions: [single, trueFalse, ordering, matching, multiple] };
		for (const seed of [0, 1, 99, 4_000_000_000]) expect(planAttempt(all, seed)).toEqual(planAttempt(all, seed));
	});

	it('draws the whole pool when `draw` is missing or larger than the pool', () => {
		const whole = planAttempt({ questions: [single, trueFalse, ordering, matching] }, 3);
		expect([...whole.questions].sort()).toEqual(['m', 'o', 's', 't']);
		expect(planAttempt({ questions: [single, trueFalse], draw: 5 }, 3).questions).toHaveLength(2);
	});

	it('records an order for every shuffled question, none for true/false', () => {
		const plan = planAttempt({ questions: [single, trueFalse, ordering, matching, multiple] }, 11);
		expect(Object.keys(plan.order).sort()).toEqual(['m', 'mu', 'o', 's']);
		expect([...plan.order.s!].sort()).toEqual(['a', 'b', 'c']);
		expect([...plan.order.mu!].sort()).toEqual(['a', 'b']);
		expect([...plan.order.o!].sort()).toEqual(['x', 'y', 'z']);
		expect([...plan.order.m!].sort()).toEqual(['p1', 'p2']);
		expect(plan.order.t).toBeUndefined();
	});

	it('limits the pool with `only` (retry wrong answers), keeps every listed question and ignores unknown ids', () => {
		// Pool [s,t] in quiz order: i=1 j=floor(.627*2)=1 → [s,t]. s: i=2 j=0 → [c,b,a]; i=1 j=floor(.527*2)=1 → [c,b,a].
		expect(planAttempt({ questions: [single, trueFalse, ordering], draw: 1 }, 1, ['t', 's', 'gone'])).toEqual({
			seed: 1,
			questions: ['s', 't'],
			order: { s: ['c', 'b', 'a'] },
		});
		expect(planAttempt(quiz, 1, ['o']).questions).toEqual(['o']);
		expect(planAttempt(quiz, 1, [])).toEqual({ seed: 1, questions: [], order: {} });
	});

	it('never shows an ordering already in the right order: an identity shuffle is rotated by one', () => {
		// Seed 5 draws .690 then .773: j=2 then j=1, i.e. the shuffle leaves [x,y,z] as it was.
		const r = seededRandom(5);
		expect(shuffle(['x', 'y', 'z'], r)).toEqual(['x', 'y', 'z']);
		expect(planAttempt({ questions: [ordering] }, 5)).toEqual({ seed: 5, questions: ['o'], order: { o: ['y', 'z', 'x'] } });
		// Seed 1 does not give the identity, so its shuffle is kept as drawn.
		expect(planAttempt({ questions: [ordering] }, 1).order.o).toEqual(['z', 'x', 'y']);
	});

	it('never shows an ordering solved, over many seeds and lengths', () => {
		const long: Question = { ...ordering, id: 'long', items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id.toUpperCase() })) };
		for (let seed = 0; seed < 2000; seed++) {
			const plan = planAttempt({ questions: [ordering, long] }, seed);
			expect(plan.order.o).not.toEqual(['x', 'y', 'z']);
			expect(plan.order.long).not.toEqual(['a', 'b', 'c', 'd']);
			expect([...plan.order.long!].sort()).toEqual(['a', 'b', 'c', 'd']);
		}
	});

	it('may show choices and matches in their written order (only orderings are protected)', () => {
		const seeds = Array.from({ length: 200 }, (_, seed) => planAttempt({ questions: [matching] }, seed).order.m);
		expect(seeds.some((order) => order![0] === 'p1' && order![1] === 'p2')).toBe(true);
	});
});

describe('newSeed', () => {
	it('is a whole 32-bit unsigned number', () => {
		for (let i = 0; i < 100; i++) {
			const seed = newSeed();
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed >= 0 && seed < 2 ** 32).toBe(true);
		}
	});
});

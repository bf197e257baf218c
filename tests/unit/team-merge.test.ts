import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/assessment-scoring.ts';
import { admitMembers, mergeResults, MIN_MEMBERS_FOR_DETAIL, statementMeans, teamOverall } from '../../src/lib/team-merge.ts';
import { assessment, dimension, statement } from './assessment-fixtures.ts';

/** Five-point scale: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100. */
const A = assessment([
	dimension('a', [statement('a1')]),
	dimension('b', [statement('b1')]),
	dimension('c', [statement('c1')]),
	dimension('d', [statement('d1')]),
	dimension('e', [statement('e1')]),
	dimension('f', [statement('f1'), statement('f2')]),
]);

const members: Answers[] = [
	{ a1: 2, b1: 3, d1: 5, e1: 1, f1: 1, f2: 2 }, // a 25, b 50, c —, d 100, e 0, f 12.5
	{ a1: 3, c1: 'na', d1: 5, e1: 1, f1: 3, f2: 4 }, // a 50, b —, c —, d 100, e 0, f 62.5
	{ a1: 5, d1: 4, e1: 1, f1: 4, f2: 5 }, // a 100, b —, c —, d 75, e 0, f 87.5
];

describe('mergeResults: three members', () => {
	const summary = mergeResults(A, members);

	it('counts the members', () => {
		expect(summary.members).toBe(3);
	});

	it('gives mean, lowest, highest, spread and population standard deviation per dimension', () => {
		expect(summary.dimensions).toEqual([
			// mean 175 ÷ 3 = 58.33; σ = √((33.33² + 8.33² + 41.67²) ÷ 3) = √972.2 = 31.18
			{ id: 'a', count: 3, mean: 58.3, lowest: 25, highest: 100, spread: 75, stdDev: 31.2 },
			// one member: no spread
			{ id: 'b', count: 1, mean: 50, lowest: 50, highest: 50, spread: 0, stdDev: 0 },
			// nobody scored it (one n/a, two blanks)
			{ id: 'c', count: 0, mean: null, lowest: null, highest: null, spread: null, stdDev: null },
			// mean 275 ÷ 3 = 91.67; σ = √((8.33² + 8.33² + 16.67²) ÷ 3) = √138.9 = 11.79
			{ id: 'd', count: 3, mean: 91.7, lowest: 75, highest: 100, spread: 25, stdDev: 11.8 },
			{ id: 'e', count: 3, mean: 0, lowest: 0, highest: 0, spread: 0, stdDev: 0 },
			// mean 162.5 ÷ 3 = 54.17; σ = √((41.67² + 8.33² + 33.33²) ÷ 3) = 31.18
			{ id: 'f', count: 3, mean: 54.2, lowest: 12.5, highest: 87.5, spread: 75, stdDev: 31.2 },
		]);
	});

	it('uses the population, not the sample, standard deviation', () => {
		// Two members at 0 and 100: population σ = 50 (the sample σ would be 70.7).
		const two = mergeResults(A, [{ a1: 1 }, { a1: 5 }]);
		expect(two.dimensions[0]).toEqual({ id: 'a', count: 2, mean: 50, lowest: 0, highest: 100, spread: 100, stdDev: 50 });
	});

	it('lists disagreement widest spread first, only dimensions two or more members scored, ties in definition order', () => {
		// a and f tie at 75; d 25; e 0; b (one member) and c (none) are left out.
		expect(summary.disagreement).toEqual(['a', 'f', 'd', 'e']);
	});

	it('lists the weakest dimensions lowest mean first, leaving out those nobody scored', () => {
		// e 0, b 50, f 54.2, a 58.3, d 91.7
		expect(summary.weakest).toEqual(['e', 'b', 'f', 'a', 'd']);
	});
});

describe('mergeResults: edge cases', () => {
	it('one member: stats but no disagreement', () => {
		const one = mergeResults(A, [{ a1: 4, b1: 2 }]);
		expect(one.members).toBe(1);
		expect(one.dimensions[0]).toEqual({ id: 'a', count: 1, mean: 75, lowest: 75, highest: 75, spread: 0, stdDev: 0 });
		expect(one.disagreement).toEqual([]);
		expect(one.weakest).toEqual(['b', 'a']);
	});

	it('no members: every dimension unscored', () => {
		const none = mergeResults(A, []);
		expect(none.members).toBe(0);
		expect(none.dimensions.map((d) => d.count)).toEqual([0, 0, 0, 0, 0, 0]);
		expect(
			none.dimensions.every((d) => d.mean === null && d.lowest === null && d.highest === null && d.spread === null && d.stdDev === null),
		).toBe(true);
		expect(none.disagreement).toEqual([]);
		expect(none.weakest).toEqual([]);
	});

	it('counts members who answered nothing, but not in any dimension', () => {
		const merged = mergeResults(A, [{}, { a1: 5 }, {}]);
		expect(merged.members).toBe(3);
		expect(merged.dimensions[0]).toEqual({ id: 'a', count: 1, mean: 100, lowest: 100, highest: 100, spread: 0, stdDev: 0 });
	});
});

describe('admitMembers: each result once, valid results only', () => {
	const B = assessment([dimension('a', [statement('a1'), statement('a2')]), dimension('b', [statement('b1')])]);
	const full: Answers = { a1: 4, a2: 5, b1: 3 };

	it('counts a result pasted twice once, names the earlier copy, and refuses too few or unknown answers', () => {
		expect(
			admitMembers(B, [
				{ key: 'r1', answers: full },
				{ key: 'r2', answers: { a1: 1, a2: 2, b1: 'na' } },
				{ key: 'r1', answers: full },
				{ key: 'r3', answers: { a1: 4 } },
				{ key: 'r4', answers: { x1: 5, x2: 5, x3: 5 } },
				{ error: 'malformed' },
			]),
		).toEqual([
			{ status: 'counted', answers: full },
			{ status: 'counted', answers: { a1: 1, a2: 2, b1: 'na' } },
			{ status: 'duplicate', of: 1 },
			{ status: 'incomplete' },
			{ status: 'incomplete' },
			{ status: 'unreadable', error: 'malformed' },
		]);
	});

	it('drops answers to statements the assessment does not have', () => {
		expect(admitMembers(B, [{ key: 'k', answers: { ...full, zz: 5 } }])).toEqual([{ status: 'counted', answers: full }]);
	});
});

describe('team overall and per-statement detail', () => {
	it('takes the overall score from the dimension means by the assessment’s rule, with its level', () => {
		const summary = mergeResults(A, members);
		const means = summary.dimensions.map((d) => d.mean).filter((m): m is number => m !== null);
		expect(teamOverall(A, summary).score).toBe(Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 10) / 10);
		expect(teamOverall({ ...A, scoring: 'lowest-dimension' }, summary).score).toBe(Math.min(...means));
		expect(teamOverall(A, summary).level).not.toBeNull();
	});

	it('gives statement means only from three members up', () => {
		expect(statementMeans(A, members.slice(0, 2))).toEqual([]);
		const detail = statementMeans(A, members);
		expect(detail.find((d) => d.id === 'a1')).toEqual({ id: 'a1', count: 3, mean: Math.round(((25 + 50 + 100) / 3) * 10) / 10 });
		expect(detail.find((d) => d.id === 'c1')).toEqual({ id: 'c1', count: 0, mean: null });
		expect(MIN_MEMBERS_FOR_DETAIL).toBe(3);
	});
});

import { describe, expect, it } from 'vitest';
import { coverage, pick, requiredAnswers, scoreAssessment, statementIds, statementScore } from '../../src/lib/assessment-scoring.ts';
import { assessment, band, BANDS, dimension, LEVELS, SEVEN_POINT, statement } from './assessment-fixtures.ts';

const [RED, AMBER, GREEN] = BANDS;

describe('statementScore', () => {
	it('maps a 5-point scale onto 0–100', () => {
		expect([1, 2, 3, 4, 5].map((p) => statementScore(p, 5, false))).toEqual([0, 25, 50, 75, 100]);
	});

	it('counts a reverse item on a 5-point scale from the other end', () => {
		expect([1, 2, 3, 4, 5].map((p) => statementScore(p, 5, true))).toEqual([100, 75, 50, 25, 0]);
	});

	it('maps a 7-point scale onto 0–100, the middle at 50', () => {
		expect(statementScore(1, 7, false)).toBe(0);
		expect(statementScore(2, 7, false)).toBe(16.666666666666664);
		expect(statementScore(4, 7, false)).toBe(50);
		expect(statementScore(6, 7, false)).toBe(83.33333333333334);
		expect(statementScore(7, 7, false)).toBe(100);
	});

	it('counts a reverse item on a 7-point scale from the other end', () => {
		expect(statementScore(1, 7, true)).toBe(100);
		expect(statementScore(2, 7, true)).toBe(83.33333333333334);
		expect(statementScore(4, 7, true)).toBe(50);
		expect(statementScore(6, 7, true)).toBe(16.666666666666664);
		expect(statementScore(7, 7, true)).toBe(0);
	});
});

describe('scoreAssessment: one dimension', () => {
	const two = (extra = {}) =>
		assessment([dimension('a', [statement('a1'), statement('a2', { weight: 3 })]), dimension('b', [statement('b1')])], extra);

	it('weights statements within a dimension', () => {
		// (100 × 1 + 0 × 3) ÷ 4 = 25; unweighted it would be 50.
		const result = scoreAssessment(two(), { a1: 5, a2: 1 });
		expect(result.dimensions[0]).toEqual({ id: 'a', score: 25, answered: 2, total: 2, band: RED });
	});

	it('counts a reverse statement from the other end', () => {
		const a = assessment([dimension('a', [statement('a1'), statement('a2', { reverse: true })]), dimension('b', [statement('b1')])]);
		// a1 = 4 → 75; a2 (reverse) = 2 → 75.
		expect(scoreAssessment(a, { a1: 4, a2: 2 }).dimensions[0]).toEqual({ id: 'a', score: 75, answered: 2, total: 2, band: GREEN });
		// a2 (reverse) = 5 → 0, a1 = 5 → 100.
		expect(scoreAssessment(a, { a1: 5, a2: 5 }).dimensions[0]?.score).toBe(50);
	});

	it('leaves n/a and unanswered statements out instead of counting them as zero', () => {
		const a = assessment([dimension('a', [statement('a1'), statement('a2'), statement('a3')]), dimension('b', [statement('b1')])]);
		const result = scoreAssessment(a, { a1: 5, a2: 'na' });
		// Only a1 counts: 100, not (100 + 0 + 0) ÷ 3. n/a is an answer; the blank is not.
		expect(result.dimensions[0]).toEqual({ id: 'a', score: 100, answered: 2, total: 3, band: GREEN });
	});

	it('leaves out an n/a statement together with its weight', () => {
		const a = assessment([dimension('a', [statement('a1'), statement('a2', { weight: 9 })]), dimension('b', [statement('b1')])]);
		expect(scoreAssessment(a, { a1: 2, a2: 'na' }).dimensions[0]?.score).toBe(25);
	});

	it('rounds a dimension score to one decimal', () => {
		const a = assessment([dimension('a', [statement('a1')]), dimension('b', [statement('b1'), statement('b2')])], {
			scale: { labels: SEVEN_POINT, notApplicable: true },
		});
		const result = scoreAssessment(a, { a1: 2, b1: 6, b2: 7 });
		expect(result.dimensions.map((d) => d.score)).toEqual([16.7, 91.7]);
	});
});

describe('scoreAssessment: unscored dimensions', () => {
	const a = assessment([
		dimension('a', [statement('a1'), statement('a2')]),
		dimension('b', [statement('b1'), statement('b2')], { weight: 5 }),
	]);

	it('gives a dimension with nothing answered no score and no band', () => {
		const result = scoreAssessment(a, { a1: 5 });
		expect(result.dimensions[1]).toEqual({ id: 'b', score: null, answered: 0, total: 2, band: null });
	});

	it('gives a dimension answered only with n/a no score either', () => {
		const result = scoreAssessment(a, { a1: 5, b1: 'na', b2: 'na' });
		expect(result.dimensions[1]).toEqual({ id: 'b', score: null, answered: 2, total: 2, band: null });
	});

	it('leaves an unscored dimension out of the overall score, whatever its weight', () => {
		expect(scoreAssessment(a, { a1: 5, a2: 4 })).toEqual({
			dimensions: [
				{ id: 'a', score: 87.5, answered: 2, total: 2, band: GREEN },
				{ id: 'b', score: null, answered: 0, total: 2, band: null },
			],
			overall: 87.5,
			level: 'Established',
			answered: 2,
			total: 4,
		});
		expect(scoreAssessment({ ...a, scoring: 'lowest-dimension' }, { a1: 5, a2: 4 }).overall).toBe(87.5);
	});

	it('has no overall score or level when nothing was answered', () => {
		expect(scoreAssessment(a, {})).toEqual({
			dimensions: [
				{ id: 'a', score: null, answered: 0, total: 2, band: null },
				{ id: 'b', score: null, answered: 0, total: 2, band: null },
			],
			overall: null,
			level: null,
			answered: 0,
			total: 4,
		});
		expect(scoreAssessment({ ...a, scoring: 'lowest-dimension' }, { a1: 'na' })).toMatchObject({
			overall: null,
			level: null,
			answered: 1,
			total: 4,
		});
	});

	it('ignores answers to statements the assessment does not have', () => {
		expect(scoreAssessment(a, { zz: 1, a1: 5 })).toMatchObject({ overall: 100, answered: 1, total: 4 });
	});
});

describe('scoreAssessment: overall score', () => {
	const dims = [dimension('a', [statement('a1')]), dimension('b', [statement('b1')], { weight: 3 }), dimension('c', [statement('c1')])];

	it('weighted-mean: the dimensions’ mean by dimension weight, one decimal', () => {
		// a = 100 (×1), b = 25 (×3), c = 0 (×1): (100 + 75 + 0) ÷ 5 = 35.
		expect(scoreAssessment(assessment(dims), { a1: 5, b1: 2, c1: 1 })).toMatchObject({
			overall: 35,
			level: 'Starting',
			answered: 3,
			total: 3,
		});
		// a = 100 (×1), b = 25 (×3): 175 ÷ 4 = 43.75 → 43.8.
		expect(scoreAssessment(assessment(dims), { a1: 5, b1: 2 }).overall).toBe(43.8);
		// a = 75, b = 50 (×3), c = 75: (75 + 150 + 75) ÷ 5 = 60.
		expect(scoreAssessment(assessment(dims), { a1: 4, b1: 3, c1: 4 })).toMatchObject({ overall: 60, level: 'Developing' });
	});

	it('lowest-dimension: the weakest dimension caps the whole, ignoring weights', () => {
		const a = assessment(dims, { scoring: 'lowest-dimension' });
		expect(scoreAssessment(a, { a1: 5, b1: 4, c1: 5 })).toMatchObject({ overall: 75, level: 'Established' });
		expect(scoreAssessment(a, { a1: 5, b1: 5, c1: 2 })).toMatchObject({ overall: 25, level: 'Starting' });
		expect(scoreAssessment(a, { a1: 3, b1: 5, c1: 'na' })).toMatchObject({ overall: 50, level: 'Developing' });
	});
});

describe('bands and levels at the boundaries', () => {
	const single = (extra = {}) =>
		assessment([dimension('a', [statement('a1')]), dimension('b', [statement('b1')])], { scoring: 'lowest-dimension', ...extra });

	it('a score equal to a band’s min falls in that band', () => {
		const a = single();
		expect(scoreAssessment(a, { a1: 1, b1: 5 }).dimensions[0]?.band).toBe(RED); // 0, the first band’s min
		expect(scoreAssessment(a, { a1: 2, b1: 5 }).dimensions[0]?.band).toBe(RED); // 25
		expect(scoreAssessment(a, { a1: 3, b1: 5 }).dimensions[0]?.band).toBe(AMBER); // exactly 50
		expect(scoreAssessment(a, { a1: 4, b1: 5 }).dimensions[0]?.band).toBe(GREEN); // exactly 75
		expect(scoreAssessment(a, { a1: 5, b1: 5 }).dimensions[0]?.band).toBe(GREEN); // 100
	});

	it('a score equal to a level’s min gets that level', () => {
		const a = single();
		expect(scoreAssessment(a, { a1: 1, b1: 5 })).toMatchObject({ overall: 0, level: 'Starting' });
		expect(scoreAssessment(a, { a1: 3, b1: 5 })).toMatchObject({ overall: 50, level: 'Developing' });
		expect(scoreAssessment(a, { a1: 4, b1: 5 })).toMatchObject({ overall: 75, level: 'Established' });
	});

	it('picks by the rounded score: 33.3 is below a band at 33.4 and in a band at 33.3; 66.7 is in a band at 66.7', () => {
		const low = band(0, 'red', 'Low');
		const above = band(33.4, 'amber', 'Above');
		const at = band(33.3, 'amber', 'At');
		const top = band(66.7, 'green', 'Top');
		const seven = { scale: { labels: SEVEN_POINT, notApplicable: true } };
		const withBands = (bands: typeof BANDS) =>
			single({ ...seven, dimensions: [dimension('a', [statement('a1')], { bands }), dimension('b', [statement('b1')])] });
		expect(scoreAssessment(withBands([low, above]), { a1: 3 }).dimensions[0]).toMatchObject({ score: 33.3, band: low });
		expect(scoreAssessment(withBands([low, at]), { a1: 3 }).dimensions[0]).toMatchObject({ score: 33.3, band: at });
		expect(scoreAssessment(withBands([low, at, top]), { a1: 5 }).dimensions[0]).toMatchObject({ score: 66.7, band: top });
		expect(scoreAssessment(withBands([low, at, top]), { a1: 4 }).dimensions[0]).toMatchObject({ score: 50, band: at });
		const levels = [
			{ min: 0, label: 'L0' },
			{ min: 33.4, label: 'L1' },
			{ min: 66.7, label: 'L2' },
		];
		expect(scoreAssessment(single({ ...seven, levels }), { a1: 3, b1: 7 })).toMatchObject({ overall: 33.3, level: 'L0' });
		expect(scoreAssessment(single({ ...seven, levels }), { a1: 5, b1: 7 })).toMatchObject({ overall: 66.7, level: 'L2' });
	});

	it('pick: the band with the highest min not above the score; none below the first', () => {
		const bands = [{ min: 0 }, { min: 50 }, { min: 75 }];
		expect(pick(bands, 0)).toBe(bands[0]);
		expect(pick(bands, 49.9)).toBe(bands[0]);
		expect(pick(bands, 50)).toBe(bands[1]);
		expect(pick(bands, 74.9)).toBe(bands[1]);
		expect(pick(bands, 75)).toBe(bands[2]);
		expect(pick(bands, 100)).toBe(bands[2]);
		expect(pick([{ min: 10 }], 9.9)).toBeNull();
		expect(pick([], 50)).toBeNull();
		expect(LEVELS.map((l) => l.min)).toEqual([0, 50, 75]);
	});
});

describe('statementIds', () => {
	it('lists every statement id in definition order, dimension by dimension', () => {
		const a = assessment([
			dimension('b', [statement('z1'), statement('a1')]),
			dimension('a', [statement('m1')]),
			dimension('c', [statement('b2'), statement('b1'), statement('b3')]),
		]);
		expect(statementIds(a)).toEqual(['z1', 'a1', 'm1', 'b2', 'b1', 'b3']);
	});
});

describe('ratings outside the scale', () => {
	it('counts a stored rating above the scale, or a fraction, as unanswered rather than scoring over 100', () => {
		const a = assessment([dimension('d1', [statement('s1'), statement('s2')]), dimension('d2', [statement('s3')])]);
		const score = scoreAssessment(a, { s1: 7, s2: 5, s3: 2.5 });
		expect(score.dimensions.map((d) => [d.score, d.answered])).toEqual([
			[100, 1],
			[null, 0],
		]);
	});
});

describe('coverage: the validity rule', () => {
	const a = assessment([
		dimension('a', [statement('a1'), statement('a2'), statement('a3'), statement('a4'), statement('a5')]),
		dimension('b', [statement('b1'), statement('b2')]),
	]);

	it('needs the share of each dimension rounded up, at least one statement', () => {
		expect(requiredAnswers(5, 0.6)).toBe(3);
		expect(requiredAnswers(2, 0.6)).toBe(2);
		expect(requiredAnswers(30, 0.6)).toBe(18);
		expect(requiredAnswers(1, 0.1)).toBe(1);
	});

	it('one answer of many is not a result, and says what each dimension still needs', () => {
		expect(coverage(a, { a1: 4 })).toEqual({
			complete: false,
			missing: [
				{ id: 'a', answered: 1, total: 5, need: 2 },
				{ id: 'b', answered: 0, total: 2, need: 2 },
			],
		});
	});

	it('counts "not applicable" as answered, and ratings outside the scale as not', () => {
		expect(coverage(a, { a1: 4, a2: 'na', a3: 2, b1: 5, b2: 'na' })).toEqual({ complete: true, missing: [] });
		expect(coverage(a, { a1: 4, a2: 'na', a3: 9, b1: 5, b2: 'na' }).missing).toEqual([{ id: 'a', answered: 2, total: 5, need: 1 }]);
	});

	it('follows the assessment’s own share', () => {
		expect(coverage({ ...a, minAnswered: 1 }, { a1: 4, a2: 4, a3: 4, b1: 5, b2: 5 }).missing).toEqual([
			{ id: 'a', answered: 3, total: 5, need: 2 },
		]);
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../src/lib/assessment-scoring.ts';
import { fnv1a } from '../../src/lib/hash.ts';
import { decodeAnswers, encodeAnswers, MAX_CODE_LENGTH, resultId, shareCodeFrom, shareUrl } from '../../src/lib/share-codec.ts';
import { assessment, dimension, FIVE_POINT, statement } from './assessment-fixtures.ts';

const ID = 'team-health';
/** Statements a1, a2 | b1, b2, b3 on a 5-point scale with n/a. */
const A = assessment([
	dimension('a', [statement('a1'), statement('a2')]),
	dimension('b', [statement('b1'), statement('b2'), statement('b3')]),
]);
const NO_NA = { ...A, scale: { labels: FIVE_POINT, notApplicable: false } };

/** A code with a correct checksum for any rating string, as a tampered-but-consistent link would have. */
const withChecksum = (id: string, ratings: string) => `${id}.${ratings}.${fnv1a(`${id}:${ratings}`).slice(0, 6)}`;

afterEach(() => {
	vi.restoreAllMocks();
});

describe('encodeAnswers', () => {
	it('writes one character per statement in definition order, n/a as 0 and unanswered as -, then a checksum', () => {
		expect(encodeAnswers(ID, A, { a1: 5, a2: 'na', b2: 1 })).toBe('team-health.50-1-.soon7p');
		expect(encodeAnswers(ID, A, { b3: 5, b2: 4, b1: 3, a2: 2, a1: 1 })).toBe('team-health.12345.1uyb4y');
		expect(encodeAnswers(ID, A, {})).toBe('team-health.-----.car9gc');
	});

	it('checksums the assessment id with the ratings', () => {
		expect(fnv1a('team-health:50-1-').slice(0, 6)).toBe('soon7p');
		expect(withChecksum(ID, '50-1-')).toBe('team-health.50-1-.soon7p');
	});
});

describe('decodeAnswers: round trip', () => {
	const cases: [string, Answers][] = [
		['ratings, n/a and unanswered', { a1: 5, a2: 'na', b2: 1 }],
		['every point', { a1: 1, a2: 2, b1: 3, b2: 4, b3: 5 }],
		['all n/a', { a1: 'na', a2: 'na', b1: 'na', b2: 'na', b3: 'na' }],
		['nothing answered', {}],
	];
	it.each(cases)('%s', (_, answers) => {
		const code = encodeAnswers(ID, A, answers);
		expect(decodeAnswers(code, ID, A)).toEqual({ ok: true, answers });
	});

	it('leaves unanswered statements out of the decoded answers', () => {
		const decoded = decodeAnswers('team-health.50-1-.soon7p', ID, A);
		expect(decoded).toEqual({ ok: true, answers: { a1: 5, a2: 'na', b2: 1 } });
		expect(decoded.ok && Object.keys(decoded.answers)).toEqual(['a1', 'a2', 'b2']);
	});

	it('round-trips without n/a when the scale has none', () => {
		const answers: Answers = { a1: 1, b1: 5, b3: 3 };
		expect(decodeAnswers(encodeAnswers(ID, NO_NA, answers), ID, NO_NA)).toEqual({ ok: true, answers });
	});
});

describe('decodeAnswers: errors', () => {
	it('too-long: anything over MAX_CODE_LENGTH, even an otherwise valid code', () => {
		expect(MAX_CODE_LENGTH).toBe(600);
		// With a 587-character id the code is exactly 600 characters; with 588, 601.
		const atLimit = 'a'.repeat(587);
		const atLimitCode = encodeAnswers(atLimit, A, { a1: 5 });
		expect(atLimitCode).toHaveLength(600);
		expect(decodeAnswers(atLimitCode, atLimit, A)).toEqual({ ok: true, answers: { a1: 5 } });
		const over = 'a'.repeat(588);
		const overCode = encodeAnswers(over, A, { a1: 5 });
		expect(overCode).toHaveLength(601);
		expect(decodeAnswers(overCode, over, A)).toEqual({ ok: false, error: 'too-long' });
		expect(decodeAnswers('<'.repeat(MAX_CODE_LENGTH + 1), ID, A)).toEqual({ ok: false, error: 'too-long' });
	});

	it('refuses oversize input without parsing it', () => {
		const exec = vi.spyOn(RegExp.prototype, 'exec');
		const test = vi.spyOn(RegExp.prototype, 'test');
		const oversize = decodeAnswers(`${ID}.${'5'.repeat(1_000_000)}.abcdef`, ID, A);
		const parsedOversize = exec.mock.calls.length + test.mock.calls.length;
		// The spy does see the parse of an ordinary code.
		decodeAnswers('team-health.50-1-.soon7p', ID, A);
		const parsedOrdinary = exec.mock.calls.length + test.mock.calls.length;
		vi.restoreAllMocks();
		expect(oversize).toEqual({ ok: false, error: 'too-long' });
		expect(parsedOversize).toBe(0);
		expect(parsedOrdinary).toBe(1);
	});

	it.each([
		['<script>alert(1)</script>'],
		['team-health.<script>.soon7p'],
		[''],
		['team-health'],
		['team-health.50-1-'],
		['team-health.50-1-.'],
		['.50-1-.soon7p'],
		['team-health..soon7p'],
		['Team-Health.50-1-.soon7p'],
		['team-health.5a-1-.soon7p'],
		['team-health.50-1-.SOON7P'],
		['team-health.50-1-.soon7pz'],
		['team-health.50-1-.soon7p\n'],
		[' team-health.50-1-.soon7p'],
		['team_health.50-1-.soon7p'],
		['team-health.50-1-.soon7p.extra.more'],
		['team-health.5.0-1-.soon7p'],
	])('malformed: %j', (code) => {
		expect(decodeAnswers(code, ID, A)).toEqual({ ok: false, error: 'malformed' });
	});

	it('other-assessment: a valid code for another assessment', () => {
		const code = encodeAnswers('service-quality', A, { a1: 5 });
		expect(decodeAnswers(code, ID, A)).toEqual({ ok: false, error: 'other-assessment' });
		expect(decodeAnswers(code, 'service-quality', A)).toEqual({ ok: true, answers: { a1: 5 } });
	});

	it('wrong-length: fewer or more ratings than statements', () => {
		expect(decodeAnswers(withChecksum(ID, '5555'), ID, A)).toEqual({ ok: false, error: 'wrong-length' });
		expect(decodeAnswers(withChecksum(ID, '555555'), ID, A)).toEqual({ ok: false, error: 'wrong-length' });
		const longer = assessment([...A.dimensions, dimension('c', [statement('c1')])]);
		expect(decodeAnswers(encodeAnswers(ID, longer, { c1: 3 }), ID, A)).toEqual({ ok: false, error: 'wrong-length' });
	});

	it('bad-rating: a point above the scale, even with a correct checksum', () => {
		expect(decodeAnswers(withChecksum(ID, '6----'), ID, A)).toEqual({ ok: false, error: 'bad-rating' });
		expect(decodeAnswers(withChecksum(ID, '1234' + '9'), ID, A)).toEqual({ ok: false, error: 'bad-rating' });
		expect(decodeAnswers(encodeAnswers(ID, A, { b2: 6 }), ID, A)).toEqual({ ok: false, error: 'bad-rating' });
		// The top point itself is fine.
		expect(decodeAnswers(withChecksum(ID, '5----'), ID, A)).toEqual({ ok: true, answers: { a1: 5 } });
	});

	it('bad-rating: 0 (n/a) when the scale does not allow n/a', () => {
		const code = encodeAnswers(ID, NO_NA, { a1: 3, b1: 'na' });
		expect(code).toBe(withChecksum(ID, '3-0--'));
		expect(decodeAnswers(code, ID, NO_NA)).toEqual({ ok: false, error: 'bad-rating' });
		expect(decodeAnswers(code, ID, A)).toEqual({ ok: true, answers: { a1: 3, b1: 'na' } });
	});

	it('checksum: one rating changed', () => {
		expect(decodeAnswers('team-health.50-1-.soon7p', ID, A).ok).toBe(true);
		expect(decodeAnswers('team-health.50-2-.soon7p', ID, A)).toEqual({ ok: false, error: 'checksum' });
		expect(decodeAnswers('team-health.40-1-.soon7p', ID, A)).toEqual({ ok: false, error: 'checksum' });
		expect(decodeAnswers('team-health.50-15.soon7p', ID, A)).toEqual({ ok: false, error: 'checksum' });
	});

	it('checksum: the checksum itself changed or shortened', () => {
		expect(decodeAnswers('team-health.50-1-.soon7q', ID, A)).toEqual({ ok: false, error: 'checksum' });
		expect(decodeAnswers('team-health.50-1-.soon7', ID, A)).toEqual({ ok: false, error: 'checksum' });
	});
});

describe('result ids in share codes', () => {
	const def = {
		dimensions: [
			{
				id: 'd',
				title: 'D',
				weight: 1,
				bands: [],
				statements: [
					{ id: 's1', text: 'S1', weight: 1, reverse: false },
					{ id: 's2', text: 'S2', weight: 1, reverse: false },
				],
			},
		],
		scale: { labels: ['1', '2', '3', '4', '5'], notApplicable: true },
	};
	const answers = { s1: 4, s2: 'na' } as const;

	it('carries a result id through encode and decode, and a code without one still decodes', () => {
		const rid = resultId('x', '2026-03-01T10:00:00.000Z', answers);
		expect(rid).toMatch(/^[0-9a-z]{1,8}$/);
		const code = encodeAnswers('x', def, answers, rid);
		expect(code.split('.')).toHaveLength(4);
		expect(decodeAnswers(code, 'x', def)).toEqual({ ok: true, answers, result: rid });
		expect(decodeAnswers(encodeAnswers('x', def, answers), 'x', def)).toEqual({ ok: true, answers });
	});

	it('a fourth part reads as a result id, so a code with an added part fails its checksum', () => {
		expect(decodeAnswers('x.4-.soon7p.extra', 'x', def)).toEqual({ ok: false, error: 'checksum' });
	});

	it('the checksum covers the result id', () => {
		const code = encodeAnswers('x', def, answers, 'abc123');
		expect(decodeAnswers(code.replace('.abc123.', '.abc124.'), 'x', def)).toEqual({ ok: false, error: 'checksum' });
	});

	it('travels in the `#r=` fragment; an old `?r=` link and a bare code with a result id still give the code', () => {
		const code = encodeAnswers('x', def, answers, 'abc123');
		const url = shareUrl('https://example.org/assessments/x/', code);
		expect(url).toBe(`https://example.org/assessments/x/#r=${code}`);
		expect(shareCodeFrom(url)).toBe(code);
		expect(shareCodeFrom(`https://example.org/assessments/x/?r=${code}`)).toBe(code);
		expect(shareCodeFrom(` ${code} `)).toBe(code);
		expect(decodeAnswers(shareCodeFrom(url) ?? '', 'x', def)).toEqual({ ok: true, answers, result: 'abc123' });
	});

	it('gives the same result the same id, and different results different ids', () => {
		expect(resultId('x', '2026-03-01T10:00:00.000Z', { s2: 'na', s1: 4 })).toBe(resultId('x', '2026-03-01T10:00:00.000Z', answers));
		expect(resultId('x', '2026-03-01T10:00:00.001Z', answers)).not.toBe(resultId('x', '2026-03-01T10:00:00.000Z', answers));
	});
});

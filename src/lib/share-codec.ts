/**
 * Assessment answers in a URL, with no server: `<assessment>.<ratings>.<check>`, one character
 * per statement in definition order ('1'–'9' a point, '0' n/a, '-' unanswered) and a checksum.
 * Decoding validates everything (length, characters, scale, n/a allowed, checksum, size) and only
 * ever returns data: a tampered link is an error, never code.
 */
import { statementIds, type Answers } from './assessment-scoring.ts';
import { fnv1a } from './hash.ts';
import type { AssessmentData } from '../../schemas/assessment.ts';

/** Longer than any real assessment's code; anything bigger is refused unread. */
export const MAX_CODE_LENGTH = 600;

type Codable = Pick<AssessmentData, 'dimensions' | 'scale'>;

const checksum = (id: string, ratings: string) => fnv1a(`${id}:${ratings}`).slice(0, 6);

export function encodeAnswers(assessmentId: string, assessment: Codable, answers: Answers): string {
	const ratings = statementIds(assessment)
		.map((id) => {
			const r = answers[id];
			return r === undefined ? '-' : r === 'na' ? '0' : String(r);
		})
		.join('');
	return `${assessmentId}.${ratings}.${checksum(assessmentId, ratings)}`;
}

export type DecodeError = 'too-long' | 'malformed' | 'other-assessment' | 'wrong-length' | 'bad-rating' | 'checksum';

export function decodeAnswers(code: string, assessmentId: string, assessment: Codable): { ok: true; answers: Answers } | { ok: false; error: DecodeError } {
	if (code.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
	const match = /^([a-z0-9-]+)\.([0-9-]+)\.([0-9a-z]{1,6})$/.exec(code);
	if (!match) return { ok: false, error: 'malformed' };
	const [, id = '', ratings = '', check = ''] = match;
	if (id !== assessmentId) return { ok: false, error: 'other-assessment' };
	const ids = statementIds(assessment);
	if (ratings.length !== ids.length) return { ok: false, error: 'wrong-length' };
	if (check !== checksum(id, ratings)) return { ok: false, error: 'checksum' };
	const points = assessment.scale.labels.length;
	const answers: Answers = {};
	for (const [i, char] of [...ratings].entries()) {
		if (char === '-') continue;
		const value = Number(char);
		if (value === 0 && !assessment.scale.notApplicable) return { ok: false, error: 'bad-rating' };
		if (value > points) return { ok: false, error: 'bad-rating' };
		answers[ids[i]!] = value === 0 ? 'na' : value;
	}
	return { ok: true, answers };
}

/**
 * Assessment answers in a URL, with no server: `<assessment>.<ratings>.<check>`, one character
 * per statement in definition order ('1'–'9' a point, '0' n/a, '-' unanswered) and a check code.
 * A result id may follow the ratings (`<assessment>.<ratings>.<result>.<check>`, the check code then
 * covering it too), so a team merge counts one member's result once however often it is pasted;
 * codes without one (older links) still decode.
 * The code travels in the URL fragment (`#r=…`), which browsers never send to the server, so the
 * answers stay out of the host's logs; old `?r=` links still open. The check code (6 characters of
 * FNV-1a) catches a mistyped or cut-off link; it is no protection against deliberate change, and
 * the wording says only that. Decoding validates everything (length, characters, scale, n/a
 * allowed, check code, size) and only ever returns data: a changed link is an error, never code.
 */
import { statementIds, type Answers } from './assessment-scoring.ts';
import { fnv1a } from './hash.ts';
import type { AssessmentData } from '../../schemas/assessment.ts';

/** Longer than any real assessment's code; anything bigger is refused unread. */
export const MAX_CODE_LENGTH = 600;

type Codable = Pick<AssessmentData, 'dimensions' | 'scale'>;

const checksum = (id: string, ratings: string, result?: string) =>
	fnv1a(result ? `${id}:${ratings}:${result}` : `${id}:${ratings}`).slice(0, 6);

/**
 * A stable id for one stored result: the same result always gets the same id (so re-sharing it
 * is recognised), two results differ by their time and answers.
 */
export function resultId(assessmentId: string, at: string, answers: Answers): string {
	const sorted = Object.keys(answers)
		.sort()
		.map((k) => `${k}=${String(answers[k])}`)
		.join(',');
	return fnv1a(`${assessmentId}|${at}|${sorted}`);
}

export function encodeAnswers(assessmentId: string, assessment: Codable, answers: Answers, result?: string): string {
	const ratings = statementIds(assessment)
		.map((id) => {
			const r = answers[id];
			return r === undefined ? '-' : r === 'na' ? '0' : String(r);
		})
		.join('');
	if (result !== undefined && /^[0-9a-z]{1,8}$/.test(result))
		return `${assessmentId}.${ratings}.${result}.${checksum(assessmentId, ratings, result)}`;
	return `${assessmentId}.${ratings}.${checksum(assessmentId, ratings)}`;
}

export type DecodeError = 'too-long' | 'malformed' | 'other-assessment' | 'wrong-length' | 'bad-rating' | 'checksum';

export function decodeAnswers(
	code: string,
	assessmentId: string,
	assessment: Codable,
): { ok: true; answers: Answers; result?: string } | { ok: false; error: DecodeError } {
	if (code.length > MAX_CODE_LENGTH) return { ok: false, error: 'too-long' };
	const match = /^([a-z0-9-]+)\.([0-9-]+)(?:\.([0-9a-z]{1,8}))?\.([0-9a-z]{1,6})$/.exec(code);
	if (!match) return { ok: false, error: 'malformed' };
	const [, id = '', ratings = '', result, check = ''] = match;
	if (id !== assessmentId) return { ok: false, error: 'other-assessment' };
	const ids = statementIds(assessment);
	if (ratings.length !== ids.length) return { ok: false, error: 'wrong-length' };
	if (check !== checksum(id, ratings, result)) return { ok: false, error: 'checksum' };
	const points = assessment.scale.labels.length;
	const answers: Answers = {};
	for (const [i, char] of [...ratings].entries()) {
		if (char === '-') continue;
		const value = Number(char);
		if (value === 0 && !assessment.scale.notApplicable) return { ok: false, error: 'bad-rating' };
		if (value > points) return { ok: false, error: 'bad-rating' };
		answers[ids[i]!] = value === 0 ? 'na' : value;
	}
	return result ? { ok: true, answers, result } : { ok: true, answers };
}

/** The share link of a result: the answers in the fragment, never in the query. */
export function shareUrl(pageUrl: string, code: string): string {
	const url = new URL(pageUrl);
	url.search = '';
	url.hash = `r=${code}`;
	return url.href;
}

/**
 * The code in a share link: `#r=…` (current links) or `?r=…` (links made before the fragment was
 * used); null when the text holds neither. A bare code (no URL) is returned as it is.
 */
export function shareCodeFrom(text: string, base = 'http://localhost/'): string | null {
	const trimmed = text.trim();
	if (trimmed.length > MAX_CODE_LENGTH * 4) return trimmed;
	if (/^[a-z0-9-]+\.[0-9-]*(?:\.[0-9a-z]*)?\.[0-9a-z]*$/.test(trimmed)) return trimmed;
	let url: URL;
	try {
		url = new URL(trimmed, base);
	} catch {
		return trimmed === '' ? null : trimmed;
	}
	const fragment = new URLSearchParams(url.hash.replace(/^#/, '')).get('r');
	return fragment ?? url.searchParams.get('r') ?? (/^(https?:)?\/\//.test(trimmed) || trimmed.startsWith('/') ? null : trimmed);
}

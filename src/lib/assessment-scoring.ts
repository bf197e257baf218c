/**
 * Scoring a self-assessment. Each answer is a point on the scale (1 = lowest) or "n/a".
 * - A statement scores (point − 1) ÷ (points − 1) × 100; a reverse statement counts from the
 *   other end. "n/a" and unanswered statements are left out, not counted as zero.
 * - A dimension scores the weighted mean of its answered statements; with none answered it has
 *   no score (null) and takes no part in the overall score.
 * - Overall: `weighted-mean` of the scored dimensions (dimension weights), or `lowest-dimension`,
 *   where the weakest dimension caps the whole.
 * Bands and levels are chosen by the highest `min` not above the score.
 * A result is valid only when every dimension reaches the assessment's `minAnswered` share of
 * answered statements (the rule is stated in schemas/assessment.ts); `coverage` says what is missing.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';

export type Rating = number | 'na';
export type Answers = Record<string, Rating>;

export interface DimensionScore {
	id: string;
	/** 0–100, one decimal; null when nothing in the dimension was answered. */
	score: number | null;
	answered: number;
	total: number;
	band: AssessmentData['dimensions'][number]['bands'][number] | null;
}

export interface AssessmentScore {
	dimensions: DimensionScore[];
	overall: number | null;
	level: string | null;
	answered: number;
	total: number;
}

type Scorable = Pick<AssessmentData, 'scale' | 'scoring' | 'levels' | 'dimensions'>;

const round = (n: number) => Math.round(n * 10) / 10;

export function pick<T extends { min: number }>(bands: readonly T[], score: number): T | null {
	let found: T | null = null;
	for (const band of bands) if (band.min <= score + 1e-9) found = band;
	return found;
}

export function statementScore(point: number, points: number, reverse: boolean): number {
	const value = reverse ? points + 1 - point : point;
	return ((value - 1) / (points - 1)) * 100;
}

export function scoreAssessment(assessment: Scorable, answers: Answers): AssessmentScore {
	const points = assessment.scale.labels.length;
	let answeredAll = 0;
	let totalAll = 0;
	const dimensions = assessment.dimensions.map((d): DimensionScore => {
		let sum = 0;
		let weights = 0;
		let answered = 0;
		for (const s of d.statements) {
			const rating = answers[s.id];
			// A rating outside this scale (stored data from another version of it) counts as unanswered.
			if (rating === undefined || (rating !== 'na' && (!Number.isInteger(rating) || rating < 1 || rating > points))) continue;
			answered++;
			if (rating === 'na') continue;
			sum += statementScore(rating, points, s.reverse) * s.weight;
			weights += s.weight;
		}
		answeredAll += answered;
		totalAll += d.statements.length;
		const score = weights > 0 ? round(sum / weights) : null;
		return { id: d.id, score, answered, total: d.statements.length, band: score === null ? null : pick(d.bands, score) };
	});
	const scored = dimensions.flatMap((d, i) => (d.score === null ? [] : [{ score: d.score, weight: assessment.dimensions[i]!.weight }]));
	let overall: number | null = null;
	if (scored.length > 0) {
		overall =
			assessment.scoring === 'lowest-dimension'
				? Math.min(...scored.map((d) => d.score))
				: round(scored.reduce((s, d) => s + d.score * d.weight, 0) / scored.reduce((s, d) => s + d.weight, 0));
	}
	return {
		dimensions,
		overall,
		level: overall === null ? null : (pick(assessment.levels, overall)?.label ?? null),
		answered: answeredAll,
		total: totalAll,
	};
}

/** Every statement id in order: the order the share code and CSV use. */
export function statementIds(assessment: Pick<AssessmentData, 'dimensions'>): string[] {
	return assessment.dimensions.flatMap((d) => d.statements.map((s) => s.id));
}

export interface MissingAnswers {
	/** Dimension id. */
	id: string;
	answered: number;
	total: number;
	/** Statements still to answer to reach the rule. */
	need: number;
}

/** Statements a dimension needs answered: the share rounded up, at least one. */
export function requiredAnswers(total: number, minAnswered: number): number {
	return Math.min(total, Math.max(1, Math.ceil(total * minAnswered - 1e-9)));
}

/**
 * Whether the answers make a valid result, and if not, per dimension what is missing. A rating
 * outside the scale counts as unanswered, as in the scoring.
 */
export function coverage(
	assessment: Pick<AssessmentData, 'scale' | 'scoring' | 'levels' | 'dimensions' | 'minAnswered'>,
	answers: Answers,
): { complete: boolean; missing: MissingAnswers[] } {
	const score = scoreAssessment(assessment, answers);
	const missing = score.dimensions.flatMap((d) => {
		const need = requiredAnswers(d.total, assessment.minAnswered) - d.answered;
		return need > 0 ? [{ id: d.id, answered: d.answered, total: d.total, need }] : [];
	});
	return { complete: missing.length === 0, missing };
}

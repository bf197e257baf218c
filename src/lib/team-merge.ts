/**
 * Merging several members' results of one assessment, entirely in the browser: per dimension the
 * mean, the spread (highest − lowest), the standard deviation and the lowest score; where members
 * disagree most; which dimensions are weakest; the team's overall score and level. Before merging,
 * `admitMembers` counts each result once (by its result id, or its exact content for older links and
 * files) and refuses results that do not meet the assessment's validity rule.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import { coverage, pick, scoreAssessment, statementScore, type Answers } from './assessment-scoring.ts';

export interface DimensionStats {
	id: string;
	/** Members with a score in this dimension. */
	count: number;
	mean: number | null;
	lowest: number | null;
	highest: number | null;
	spread: number | null;
	stdDev: number | null;
}

export interface TeamSummary {
	members: number;
	dimensions: DimensionStats[];
	/** Dimension ids, widest spread first (only those scored by two or more members). */
	disagreement: string[];
	/** Dimension ids, lowest mean first. */
	weakest: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function mergeResults(
	assessment: Pick<AssessmentData, 'scale' | 'scoring' | 'levels' | 'dimensions'>,
	members: readonly Answers[],
): TeamSummary {
	const scores = members.map((answers) => scoreAssessment(assessment, answers));
	const dimensions = assessment.dimensions.map((d, i): DimensionStats => {
		const values = scores.map((s) => s.dimensions[i]?.score).filter((v): v is number => v !== null && v !== undefined);
		if (values.length === 0) return { id: d.id, count: 0, mean: null, lowest: null, highest: null, spread: null, stdDev: null };
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
		const lowest = Math.min(...values);
		const highest = Math.max(...values);
		return {
			id: d.id,
			count: values.length,
			mean: round(mean),
			lowest,
			highest,
			spread: round(highest - lowest),
			stdDev: round(Math.sqrt(variance)),
		};
	});
	const disagreement = dimensions
		.filter((d) => d.count >= 2)
		.sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))
		.map((d) => d.id);
	const weakest = dimensions
		.filter((d) => d.mean !== null)
		.sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0))
		.map((d) => d.id);
	return { members: members.length, dimensions, disagreement, weakest };
}

/** Below this many members, per-statement detail would expose individual answers (squad health checks keep it anonymous). */
export const MIN_MEMBERS_FOR_DETAIL = 3;

/** One pasted link or file: its answers and a key naming the result, or why it could not be read. */
export type MemberInput = { key: string; answers: Answers } | { error: string };

export type Admission =
	| { status: 'counted'; answers: Answers }
	/** The same result as input number `of` (1-based). */
	| { status: 'duplicate'; of: number }
	| { status: 'incomplete' }
	| { status: 'unreadable'; error: string };

/**
 * Decides for each input whether it counts: once per result key, and only when its answers are
 * this assessment's and meet the validity rule. Answers to statements the assessment does not have
 * are dropped first, so a file of some other questionnaire counts as having no answers.
 */
export function admitMembers(
	assessment: Pick<AssessmentData, 'scale' | 'scoring' | 'levels' | 'dimensions' | 'minAnswered'>,
	inputs: readonly MemberInput[],
): Admission[] {
	const known = new Set(assessment.dimensions.flatMap((d) => d.statements.map((st) => st.id)));
	const seen = new Map<string, number>();
	return inputs.map((input, i): Admission => {
		if ('error' in input) return { status: 'unreadable', error: input.error };
		const answers: Answers = Object.fromEntries(Object.entries(input.answers).filter(([id]) => known.has(id)));
		if (!coverage(assessment, answers).complete) return { status: 'incomplete' };
		const first = seen.get(input.key);
		if (first !== undefined) return { status: 'duplicate', of: first + 1 };
		seen.set(input.key, i);
		return { status: 'counted', answers };
	});
}

/** The team's overall score from the dimension means, by the assessment's own rule, and its level. */
export function teamOverall(
	assessment: Pick<AssessmentData, 'scoring' | 'levels' | 'dimensions'>,
	summary: TeamSummary,
): { score: number | null; level: string | null } {
	const scored = summary.dimensions.flatMap((d, i) =>
		d.mean === null ? [] : [{ score: d.mean, weight: assessment.dimensions[i]?.weight ?? 1 }],
	);
	if (scored.length === 0) return { score: null, level: null };
	const score =
		assessment.scoring === 'lowest-dimension'
			? Math.min(...scored.map((d) => d.score))
			: round(scored.reduce((s, d) => s + d.score * d.weight, 0) / scored.reduce((s, d) => s + d.weight, 0));
	return { score, level: pick(assessment.levels, score)?.label ?? null };
}

export interface StatementMean {
	id: string;
	/** Members who rated it (not "n/a"). */
	count: number;
	mean: number | null;
}

/**
 * Per statement, the members' mean score (0–100, reverse statements turned round). Empty below
 * MIN_MEMBERS_FOR_DETAIL members, so a small team's individual answers cannot be read off it.
 */
export function statementMeans(assessment: Pick<AssessmentData, 'scale' | 'dimensions'>, members: readonly Answers[]): StatementMean[] {
	if (members.length < MIN_MEMBERS_FOR_DETAIL) return [];
	const points = assessment.scale.labels.length;
	return assessment.dimensions.flatMap((d) =>
		d.statements.map((st) => {
			const values = members
				.map((m) => m[st.id])
				.filter((r): r is number => typeof r === 'number' && Number.isInteger(r) && r >= 1 && r <= points);
			const mean =
				values.length === 0 ? null : round(values.reduce((sum, r) => sum + statementScore(r, points, st.reverse), 0) / values.length);
			return { id: st.id, count: values.length, mean };
		}),
	);
}

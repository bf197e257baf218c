/**
 * Merging several members' results of one assessment, entirely in the browser: per dimension the
 * mean, the spread (highest − lowest), the standard deviation and the lowest score; where members
 * disagree most; and which dimensions are weakest.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import { scoreAssessment, type Answers } from './assessment-scoring.ts';

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

export function mergeResults(assessment: Pick<AssessmentData, 'scale' | 'scoring' | 'levels' | 'dimensions'>, members: readonly Answers[]): TeamSummary {
	const scores = members.map((answers) => scoreAssessment(assessment, answers));
	const dimensions = assessment.dimensions.map((d, i): DimensionStats => {
		const values = scores.map((s) => s.dimensions[i]?.score).filter((v): v is number => v !== null && v !== undefined);
		if (values.length === 0) return { id: d.id, count: 0, mean: null, lowest: null, highest: null, spread: null, stdDev: null };
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
		const lowest = Math.min(...values);
		const highest = Math.max(...values);
		return { id: d.id, count: values.length, mean: round(mean), lowest, highest, spread: round(highest - lowest), stdDev: round(Math.sqrt(variance)) };
	});
	const disagreement = dimensions.filter((d) => d.count >= 2).sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0)).map((d) => d.id);
	const weakest = dimensions.filter((d) => d.mean !== null).sort((a, b) => (a.mean ?? 0) - (b.mean ?? 0)).map((d) => d.id);
	return { members: members.length, dimensions, disagreement, weakest };
}

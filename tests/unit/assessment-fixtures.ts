/** Shared builders for the self-assessment tests: parsed-shape data, with the schema's defaults filled in. */
import type { AssessmentData, Dimension } from '../../schemas/assessment.ts';

type Statement = Dimension['statements'][number];
type Band = Dimension['bands'][number];

export const FIVE_POINT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];
export const SEVEN_POINT = ['1', '2', '3', '4', '5', '6', '7'];

export function statement(id: string, extra: Partial<Statement> = {}): Statement {
	return { id, text: `Statement ${id}`, weight: 1, reverse: false, ...extra };
}

export function band(min: number, level: Band['level'], label: string, extra: Partial<Band> = {}): Band {
	return { min, level, label, recommendation: `Do ${label}.`, refs: [], ...extra };
}

/** red from 0, amber from 50, green from 75. */
export const BANDS: Band[] = [band(0, 'red', 'Weak'), band(50, 'amber', 'Fair'), band(75, 'green', 'Good')];

export function dimension(id: string, statements: Statement[], extra: Partial<Dimension> = {}): Dimension {
	return { id, title: `Dimension ${id}`, weight: 1, statements, bands: BANDS, ...extra };
}

export const LEVELS: AssessmentData['levels'] = [
	{ min: 0, label: 'Starting' },
	{ min: 50, label: 'Developing' },
	{ min: 75, label: 'Established' },
];

export function assessment(dimensions: Dimension[], extra: Partial<AssessmentData> = {}): AssessmentData {
	return {
		title: 'Team health',
		description: 'How the team works.',
		audience: 'team',
		standards: [],
		scale: { labels: FIVE_POINT, notApplicable: true },
		scoring: 'weighted-mean',
		minAnswered: 0.6,
		levels: LEVELS,
		dimensions,
		...extra,
	};
}

/**
 * A self-assessment (`content/assessments/<id>.yaml`): dimensions of statements rated on a Likert
 * scale, scored 0–100 per dimension, with bands whose recommendations cite the clauses to read.
 */
import { z } from 'astro/zod';
import { expected, strictObject } from './errors.ts';
import { clauseRef, slug, text } from './fields.ts';

export const SCORING_RULES = ['weighted-mean', 'lowest-dimension'] as const;
export const BAND_LEVELS = ['red', 'amber', 'green'] as const;

const band = strictObject({
	min: z
		.number({ error: expected('a score from 0 to 100') })
		.min(0)
		.max(100)
		.describe('Lowest dimension score (0–100) that falls in this band.'),
	level: z
		.enum(BAND_LEVELS, { error: expected(`one of ${BAND_LEVELS.join(', ')}`) })
		.describe('Traffic light of the band: red, amber or green.'),
	label: text('a short label for the band'),
	recommendation: text('what to do at this level'),
	refs: z
		.array(clauseRef, { error: expected('a list of clause references') })
		.default([])
		.describe('Clauses to read, e.g. tc-01#c-1-1.'),
});

const statement = strictObject({
	id: slug.describe('Unique across the assessment; saved answers refer to it.'),
	text: text('the statement'),
	weight: z
		.number({ error: expected('a positive number') })
		.positive()
		.default(1)
		.describe('Relative weight within its dimension (default 1).'),
	reverse: z
		.boolean({ error: expected('true or false') })
		.default(false)
		.describe('A negatively worded statement: agreeing lowers the score.'),
});

const dimension = strictObject({
	id: slug.describe('Stable id of the dimension.'),
	title: text('the dimension title'),
	description: z
		.string({ error: expected('a description (text)') })
		.optional()
		.describe('What the dimension looks at.'),
	weight: z
		.number({ error: expected('a positive number') })
		.positive()
		.default(1)
		.describe('Relative weight in the overall score under `weighted-mean` (default 1).'),
	statements: z
		.array(statement, { error: expected('a list of statements') })
		.min(1, { error: expected('at least one statement') })
		.describe('Statements rated on the scale.'),
	bands: z
		.array(band, { error: expected('a list of bands') })
		.min(1, { error: expected('at least one band') })
		.describe('Score bands from low to high; the first must start at 0.'),
});

export const assessmentSchema = strictObject({
	title: text('a title'),
	description: text('a one-sentence description'),
	audience: z
		.enum(['team', 'individual'], { error: expected('team or individual') })
		.describe('`team`: members answer about their team and results can be merged; `individual`: about oneself.'),
	standards: z
		.array(slug, { error: expected('a list of standard ids') })
		.default([])
		.describe('Standards (ids) the assessment draws on.'),
	scale: strictObject({
		labels: z
			.array(text('a scale label'), { error: expected('a list of scale labels') })
			.min(3, { error: expected('at least three points') })
			.max(9, { error: expected('at most nine points') })
			.describe('Labels from the lowest to the highest point; their number is the number of points.'),
		notApplicable: z
			.boolean({ error: expected('true or false') })
			.default(true)
			.describe('Whether "not applicable" may be chosen.'),
	})
		.default({ labels: ['完全不同意', '不同意', '一般', '同意', '完全同意'], notApplicable: true })
		.describe('The Likert scale (default: five points from 完全不同意 to 完全同意).'),
	/**
	 * `weighted-mean`: the overall score is the dimensions' weighted mean; `lowest-dimension`: the
	 * overall score is the lowest dimension's, so one weak area caps the whole.
	 */
	scoring: z
		.enum(SCORING_RULES, { error: expected(`one of ${SCORING_RULES.join(', ')}`) })
		.describe("`weighted-mean`: the dimensions' weighted mean; `lowest-dimension`: the lowest dimension caps the whole."),
	/**
	 * The validity rule: a result (overall score, level, bands, an entry in the history, a member in a
	 * team merge) exists only when every dimension has at least this share of its statements answered
	 * (0.6 = 60%, rounded up to whole statements; "not applicable" counts as answered, since the
	 * member considered it). Before that, the form lists what each dimension still needs.
	 */
	minAnswered: z
		.number({ error: expected('a share between 0 and 1, e.g. 0.6') })
		.min(0.1)
		.max(1)
		.default(0.6)
		.describe(
			'The validity rule: a result exists only when every dimension has at least this share (0.1–1) of its statements answered; "not applicable" counts as answered.',
		),
	levels: z
		.array(
			strictObject({
				min: z.number().min(0).max(100).describe('Lowest overall score (0–100) at this level.'),
				label: text('a level label'),
			}),
		)
		.min(1, { error: expected('at least one level') })
		.describe('Overall levels from low to high, by minimum overall score; the first starts at 0.'),
	dimensions: z
		.array(dimension, { error: expected('a list of dimensions') })
		.min(2, { error: expected('at least two dimensions') })
		.describe('The dimensions scored separately.'),
}).superRefine((a, ctx) => {
	const seen = new Map<string, string>();
	a.dimensions.forEach((d, i) => {
		d.statements.forEach((s, j) => {
			const other = seen.get(s.id);
			if (other)
				ctx.addIssue({
					code: 'custom',
					path: ['dimensions', i, 'statements', j, 'id'],
					message: `statement "${s.id}" is also used in dimension "${other}"; expected ids unique across the assessment`,
				});
			seen.set(s.id, d.id);
		});
		const mins = d.bands.map((b) => b.min);
		if (mins[0] !== 0)
			ctx.addIssue({
				code: 'custom',
				path: ['dimensions', i, 'bands', 0, 'min'],
				message: `dimension "${d.id}": the first band must start at 0, got ${mins[0]}`,
			});
		mins.forEach((min, k) => {
			if (k > 0 && min <= mins[k - 1]!)
				ctx.addIssue({
					code: 'custom',
					path: ['dimensions', i, 'bands', k, 'min'],
					message: `dimension "${d.id}": bands must rise; ${min} is not above ${mins[k - 1]}`,
				});
		});
	});
	if (a.levels[0]?.min !== 0)
		ctx.addIssue({ code: 'custom', path: ['levels', 0, 'min'], message: `the first level must start at 0, got ${a.levels[0]?.min}` });
	a.levels.forEach((level, k) => {
		const before = a.levels[k - 1];
		if (before && level.min <= before.min)
			ctx.addIssue({ code: 'custom', path: ['levels', k, 'min'], message: `levels must rise; ${level.min} is not above ${before.min}` });
	});
});

export type AssessmentData = z.infer<typeof assessmentSchema>;
export type Dimension = AssessmentData['dimensions'][number];

import { describe, expect, it } from 'vitest';
import { assessmentSchema, BAND_LEVELS, SCORING_RULES } from '../../schemas/assessment.ts';
import { issuesOf } from './schema-test-helpers.ts';

const bands = [
	{ min: 0, level: 'red', label: '需要改进', recommendation: '立即整改。', refs: ['tc-01#c-1-1'] },
	{ min: 50, level: 'amber', label: '有待加强', recommendation: '逐周抽查。' },
	{ min: 75, level: 'green', label: '良好', recommendation: '保持。' },
];

const valid = {
	title: '团队协作健康检查',
	description: '找出团队协作中最薄弱的一环。',
	audience: 'team',
	scoring: 'lowest-dimension',
	levels: [
		{ min: 0, label: '明显短板' },
		{ min: 50, label: '基本运转' },
	],
	dimensions: [
		{
			id: 'communication',
			title: '沟通机制',
			statements: [
				{ id: 'com-agenda', text: '周例会有固定议程。', weight: 1.5 },
				{ id: 'com-chat-only', text: '决定只停留在群聊里。', reverse: true },
			],
			bands,
		},
		{
			id: 'roles',
			title: '分工',
			description: '职责是否清楚。',
			weight: 2,
			statements: [{ id: 'roles-raci', text: '有 RACI 表。' }],
			bands,
		},
	],
};

type Raw = typeof valid;
const withDimensions = (dimensions: unknown[]) => ({ ...valid, dimensions }) as unknown as Raw;

describe('assessmentSchema: the validity rule', () => {
	it('defaults to 60% of each dimension and refuses a share outside 0.1–1, naming the field', () => {
		expect(assessmentSchema.parse(valid).minAnswered).toBe(0.6);
		expect(assessmentSchema.parse({ ...valid, minAnswered: 0.8 }).minAnswered).toBe(0.8);
		const bad = assessmentSchema.safeParse({ ...valid, minAnswered: 0 });
		expect(bad.success).toBe(false);
		expect(JSON.stringify(bad.error?.issues.map((i) => i.path))).toContain('minAnswered');
	});
});

describe('assessmentSchema: valid assessments', () => {
	it('parses an assessment and fills in the defaults', () => {
		const withDefaults = { min: 0, level: 'red', label: '需要改进', recommendation: '立即整改。', refs: ['tc-01#c-1-1'] };
		const parsedBands = [withDefaults, { ...bands[1], refs: [] }, { ...bands[2], refs: [] }];
		expect(assessmentSchema.parse(valid)).toEqual({
			...valid,
			standards: [],
			scale: { labels: ['完全不同意', '不同意', '一般', '同意', '完全同意'], notApplicable: true },
			minAnswered: 0.6,
			dimensions: [
				{
					id: 'communication',
					title: '沟通机制',
					weight: 1,
					statements: [
						{ id: 'com-agenda', text: '周例会有固定议程。', weight: 1.5, reverse: false },
						{ id: 'com-chat-only', text: '决定只停留在群聊里。', weight: 1, reverse: true },
					],
					bands: parsedBands,
				},
				{
					id: 'roles',
					title: '分工',
					description: '职责是否清楚。',
					weight: 2,
					statements: [{ id: 'roles-raci', text: '有 RACI 表。', weight: 1, reverse: false }],
					bands: parsedBands,
				},
			],
		});
		expect(SCORING_RULES).toEqual(['weighted-mean', 'lowest-dimension']);
		expect(BAND_LEVELS).toEqual(['red', 'amber', 'green']);
	});

	it('keeps an explicit scale and standards, and defaults n/a to allowed', () => {
		const parsed = assessmentSchema.parse({
			...valid,
			standards: ['tc-01'],
			scale: { labels: ['1', '2', '3', '4', '5', '6', '7'] },
			scoring: 'weighted-mean',
		});
		expect(parsed.standards).toEqual(['tc-01']);
		expect(parsed.scale).toEqual({ labels: ['1', '2', '3', '4', '5', '6', '7'], notApplicable: true });
		expect(assessmentSchema.parse({ ...valid, scale: { labels: ['a', 'b', 'c'], notApplicable: false } }).scale).toEqual({
			labels: ['a', 'b', 'c'],
			notApplicable: false,
		});
	});
});

describe('assessmentSchema: cross-checks name the dimension or statement', () => {
	it('a statement id used in two dimensions', () => {
		const dup = withDimensions([
			valid.dimensions[0],
			{
				...valid.dimensions[1],
				statements: [
					{ id: 'roles-raci', text: 'x' },
					{ id: 'com-agenda', text: 'y' },
				],
			},
		]);
		expect(issuesOf(assessmentSchema.safeParse(dup))).toEqual([
			[
				'dimensions.1.statements.1.id',
				'statement "com-agenda" is also used in dimension "communication"; expected ids unique across the assessment',
			],
		]);
	});

	it('a statement id used twice in one dimension', () => {
		const dup = withDimensions([
			{
				...valid.dimensions[0],
				statements: [
					{ id: 'com-agenda', text: 'x' },
					{ id: 'com-agenda', text: 'y' },
				],
			},
			valid.dimensions[1],
		]);
		expect(issuesOf(assessmentSchema.safeParse(dup))).toEqual([
			[
				'dimensions.0.statements.1.id',
				'statement "com-agenda" is also used in dimension "communication"; expected ids unique across the assessment',
			],
		]);
	});

	it('a first band that does not start at 0', () => {
		const late = withDimensions([valid.dimensions[0], { ...valid.dimensions[1], bands: [{ ...bands[0], min: 10 }, bands[1], bands[2]] }]);
		expect(issuesOf(assessmentSchema.safeParse(late))).toEqual([
			['dimensions.1.bands.0.min', 'dimension "roles": the first band must start at 0, got 10'],
		]);
	});

	it('bands that do not rise: equal or falling mins', () => {
		const flat = withDimensions([{ ...valid.dimensions[0], bands: [bands[0], bands[1], { ...bands[2], min: 50 }] }, valid.dimensions[1]]);
		expect(issuesOf(assessmentSchema.safeParse(flat))).toEqual([
			['dimensions.0.bands.2.min', 'dimension "communication": bands must rise; 50 is not above 50'],
		]);
		const falling = withDimensions([
			valid.dimensions[0],
			{ ...valid.dimensions[1], bands: [bands[0], { ...bands[1], min: 80 }, bands[2]] },
		]);
		expect(issuesOf(assessmentSchema.safeParse(falling))).toEqual([
			['dimensions.1.bands.2.min', 'dimension "roles": bands must rise; 75 is not above 80'],
		]);
	});

	it('a first level that does not start at 0', () => {
		expect(
			issuesOf(
				assessmentSchema.safeParse({
					...valid,
					levels: [
						{ min: 20, label: 'a' },
						{ min: 60, label: 'b' },
					],
				}),
			),
		).toEqual([['levels.0.min', 'the first level must start at 0, got 20']]);
	});

	it('reports every problem at once', () => {
		const bad = {
			...valid,
			levels: [{ min: 5, label: 'a' }],
			dimensions: [
				{
					...valid.dimensions[0],
					bands: [
						{ ...bands[0], min: 30 },
						{ ...bands[1], min: 20 },
					],
				},
				{ ...valid.dimensions[1], statements: [{ id: 'com-chat-only', text: 'x' }] },
			],
		};
		expect(issuesOf(assessmentSchema.safeParse(bad))).toEqual([
			['dimensions.0.bands.0.min', 'dimension "communication": the first band must start at 0, got 30'],
			['dimensions.0.bands.1.min', 'dimension "communication": bands must rise; 20 is not above 30'],
			[
				'dimensions.1.statements.0.id',
				'statement "com-chat-only" is also used in dimension "communication"; expected ids unique across the assessment',
			],
			['levels.0.min', 'the first level must start at 0, got 5'],
		]);
	});
});

describe('assessmentSchema: field errors', () => {
	it('an unknown scoring rule or band level', () => {
		expect(issuesOf(assessmentSchema.safeParse({ ...valid, scoring: 'average' }))).toEqual([
			['scoring', 'expected one of weighted-mean, lowest-dimension, got the text "average"'],
		]);
		const purple = withDimensions([{ ...valid.dimensions[0], bands: [{ ...bands[0], level: 'purple' }] }, valid.dimensions[1]]);
		expect(issuesOf(assessmentSchema.safeParse(purple))).toEqual([
			['dimensions.0.bands.0.level', 'expected one of red, amber, green, got the text "purple"'],
		]);
	});

	it('fewer than two dimensions, a scale of two points, a non-positive weight', () => {
		expect(issuesOf(assessmentSchema.safeParse({ ...valid, dimensions: [valid.dimensions[0]] }))).toEqual([
			['dimensions', 'expected at least two dimensions, got a list of 1 item(s)'],
		]);
		expect(issuesOf(assessmentSchema.safeParse({ ...valid, scale: { labels: ['no', 'yes'] } }))).toEqual([
			['scale.labels', 'expected at least three points, got a list of 2 item(s)'],
		]);
		const zero = withDimensions([{ ...valid.dimensions[0], statements: [{ id: 's', text: 't', weight: 0 }] }, valid.dimensions[1]]);
		expect(issuesOf(assessmentSchema.safeParse(zero))).toEqual([
			['dimensions.0.statements.0.weight', 'expected a positive number, got number 0'],
		]);
	});
});

describe('overall levels', () => {
	it('must rise', async () => {
		const { assessmentSchema } = await import('../../schemas/assessment.ts');
		const dim = (id: string) => ({
			id,
			title: id,
			statements: [{ id: `${id}-s`, text: 'x' }],
			bands: [{ min: 0, level: 'red', label: 'l', recommendation: 'r' }],
		});
		const result = assessmentSchema.safeParse({
			title: 't',
			description: 'd',
			audience: 'team',
			scoring: 'weighted-mean',
			levels: [
				{ min: 0, label: 'a' },
				{ min: 60, label: 'b' },
				{ min: 60, label: 'c' },
			],
			dimensions: [dim('a'), dim('b')],
		});
		expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['levels.2.min', 'levels must rise; 60 is not above 60'],
		]);
	});
});

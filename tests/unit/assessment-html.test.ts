import { describe, expect, it } from 'vitest';
import { scoreAssessment, type Answers } from '../../src/lib/assessment-scoring.ts';
import { readStrings } from '../../src/client/strings.ts';
import { renderResultHtml as renderSafe, resultCsv, type AssessmentHtmlKey, type ClauseLinkInfo } from '../../src/lib/assessment-html.ts';
import { assessment, band, dimension, statement } from './assessment-fixtures.ts';

/** The result's strings by i18n key, read the way an element reads them. */
const t = readStrings<AssessmentHtmlKey>(
	{
		'assessment.overall': 'Overall',
		'assessment.level': 'Level',
		'assessment.dimension': 'Dimension',
		'assessment.score': 'Score',
		'assessment.band': 'Band',
		'assessment.trend': 'Trend',
		'assessment.noScore': 'No score',
		'assessment.recommendations': 'What to do',
		'assessment.read': 'Read:',
		'assessment.chartTitle': 'Scores <by> dimension',
		'assessment.current': 'This time',
		'assessment.previous': 'Last time',
		'assessment.level.red': 'Needs work',
		'assessment.level.amber': 'Getting there & on',
		'assessment.level.green': 'Good',
		'assessment.answered': '{answered} of {total} answered',
	},
	'en',
);
/** The result as a string, to compare. */
const renderResultHtml = (...args: Parameters<typeof renderSafe>) => renderSafe(...args).value;

const A = assessment(
	[
		dimension('comms', [statement('c1'), statement('c2', { text: 'We "always", mostly, agree' })], {
			title: 'Comms & <talk>',
			bands: [
				band(0, 'red', 'Weak', { recommendation: 'Fix <it> now & "soon"', refs: ['tc-01#c-1-1', 'xx-99#c-9-9', 'tc-01#c-1-2'] }),
				band(50, 'amber', 'Fair'),
				band(75, 'green', 'Strong'),
			],
		}),
		dimension('roles', [statement('r1')], {
			title: 'Roles',
			bands: [band(0, 'red', 'Weak'), band(75, 'green', 'Good <3', { recommendation: 'Keep going.' })],
		}),
		dimension('growth', [statement('g1')], { title: 'Growth' }),
		dimension('focus', [statement('f1')], {
			title: 'Focus',
			bands: [band(0, 'red', 'Weak'), band(50, 'amber', 'Fair', { recommendation: 'Check weekly.', refs: ['zz-01#c-1'] })],
		}),
	],
	{
		levels: [
			{ min: 0, label: 'Starting' },
			{ min: 50, label: 'Developing & "growing"' },
		],
	},
);

const links: Record<string, ClauseLinkInfo> = {
	'tc-01#c-1-1': { href: '/en/standards/tc-01/?v=2&x=1#c-1-1', label: '§1.1', title: 'Weekly "meeting"' },
	'tc-01#c-1-2': { href: '/en/standards/tc-01/#c-1-2', label: '§1.2', title: 'Matrix <A>' },
};

// comms (0 + 25) ÷ 2 = 12.5 red; roles 100 green; growth unanswered; focus 50 amber → overall 162.5 ÷ 3 = 54.2.
const answers: Answers = { c1: 1, c2: 2, r1: 5, f1: 3 };
const score = scoreAssessment(A, answers);
// Before: comms 50, roles 75, growth 75, focus 50.
const previous = scoreAssessment(A, { c1: 3, c2: 3, r1: 4, g1: 4, f1: 3 });

const part = (html: string, re: RegExp) => re.exec(html)?.[0] ?? '';
const table = (html: string) => part(html, /<table class="scores">.*<\/table>/);
const recommendations = (html: string) => part(html, /<ul class="recommendations">.*<\/ul>/);

describe('renderResultHtml', () => {
	const html = renderResultHtml(A, score, { t, links });
	const withPrevious = renderResultHtml(A, score, { t, previous, links });

	it('opens with the overall score, the level and how much was answered, escaped', () => {
		expect(score).toMatchObject({ overall: 54.2, level: 'Developing & "growing"', answered: 4, total: 5 });
		expect(
			html.startsWith(
				'<div class="overall"><p class="overall-score">Overall <strong>54.2</strong> · Level <strong>Developing &amp; &quot;growing&quot;</strong></p><p class="answered">4 of 5 answered</p></div>',
			),
		).toBe(true);
	});

	it('says "no score" and no level when nothing was answered', () => {
		const empty = renderResultHtml(A, scoreAssessment(A, {}), { t, links });
		expect(
			empty.startsWith(
				'<div class="overall"><p class="overall-score">Overall <strong>No score</strong></p><p class="answered">0 of 5 answered</p></div>',
			),
		).toBe(true);
		expect(recommendations(empty)).toBe('<ul class="recommendations"></ul>');
	});

	it('has one table row per dimension with score and band as level word and label, never colour alone', () => {
		expect(table(html)).toBe(
			'<table class="scores"><thead><tr><th scope="col">Dimension</th><th scope="col">Score</th><th scope="col">Band</th></tr></thead><tbody>' +
				'<tr><th scope="row">Comms &amp; &lt;talk&gt;</th><td>12.5</td><td><span class="band red">Needs work · Weak</span></td></tr>' +
				'<tr><th scope="row">Roles</th><td>100</td><td><span class="band green">Good · Good &lt;3</span></td></tr>' +
				'<tr><th scope="row">Growth</th><td>No score</td><td>No score</td></tr>' +
				'<tr><th scope="row">Focus</th><td>50</td><td><span class="band amber">Getting there &amp; on · Fair</span></td></tr>' +
				'</tbody></table>',
		);
	});

	it('has no trend column without a previous result', () => {
		expect(html).not.toContain('Trend');
		expect(html).not.toMatch(/[↑↓→]/);
		expect(html).not.toContain('class="previous"');
	});

	it('adds a trend column against a previous result: ↑ +x, ↓ -x, → 0, – without a score', () => {
		expect(table(withPrevious)).toBe(
			'<table class="scores"><thead><tr><th scope="col">Dimension</th><th scope="col">Score</th><th scope="col">Band</th><th scope="col">Trend</th></tr></thead><tbody>' +
				'<tr><th scope="row">Comms &amp; &lt;talk&gt;</th><td>12.5</td><td><span class="band red">Needs work · Weak</span></td><td>↓ -37.5</td></tr>' +
				'<tr><th scope="row">Roles</th><td>100</td><td><span class="band green">Good · Good &lt;3</span></td><td>↑ +25</td></tr>' +
				'<tr><th scope="row">Growth</th><td>No score</td><td>No score</td><td>–</td></tr>' +
				'<tr><th scope="row">Focus</th><td>50</td><td><span class="band amber">Getting there &amp; on · Fair</span></td><td>→ 0</td></tr>' +
				'</tbody></table>',
		);
	});

	it('shows – when the previous result had no score in a dimension', () => {
		const before = scoreAssessment(A, { r1: 5 });
		expect(table(renderResultHtml(A, score, { t, previous: before, links })).match(/<td>([^<]*)<\/td><\/tr>/g)).toEqual([
			'<td>–</td></tr>',
			'<td>→ 0</td></tr>',
			'<td>–</td></tr>',
			'<td>–</td></tr>',
		]);
	});

	it('rounds the trend to one decimal', () => {
		const seven = { ...A, scale: { labels: ['1', '2', '3', '4', '5', '6', '7'], notApplicable: true } };
		// roles 16.7 now, 33.3 before: −16.6 (from the rounded scores).
		const now = scoreAssessment(seven, { r1: 2 });
		const before = scoreAssessment(seven, { r1: 3 });
		expect(table(renderResultHtml(seven, now, { t, previous: before, links }))).toContain(
			'<tr><th scope="row">Roles</th><td>16.7</td><td><span class="band red">Needs work · Weak</span></td><td>↓ -16.6</td></tr>',
		);
	});

	it('lists a recommendation per scored dimension with links to the clauses found in `links`, escaped', () => {
		expect(recommendations(html)).toBe(
			'<ul class="recommendations">' +
				'<li class="band-red"><strong>Comms &amp; &lt;talk&gt;</strong>（Needs work · Weak）：Fix &lt;it&gt; now &amp; &quot;soon&quot; <span class="refs">Read: ' +
				'<a href="/en/standards/tc-01/?v=2&amp;x=1#c-1-1" title="Weekly &quot;meeting&quot;">§1.1 Weekly &quot;meeting&quot;</a>、' +
				'<a href="/en/standards/tc-01/#c-1-2" title="Matrix &lt;A&gt;">§1.2 Matrix &lt;A&gt;</a></span></li>' +
				'<li class="band-green"><strong>Roles</strong>（Good · Good &lt;3）：Keep going.</li>' +
				'<li class="band-amber"><strong>Focus</strong>（Getting there &amp; on · Fair）：Check weekly.</li>' +
				'</ul>',
		);
		expect(html).toContain('<h3>What to do</h3><ul class="recommendations">');
	});

	it('includes the radar chart with escaped title, the current series and, with a previous result, the previous one', () => {
		expect(html).toContain('<div class="chart-and-table"><svg class="radar"');
		expect(html).toContain('role="img" aria-label="Scores &lt;by&gt; dimension"');
		expect(html).toContain('<title>This time</title>');
		// The axis labels are the dimension titles, escaped.
		expect([...html.matchAll(/dominant-baseline="middle">([^<]*)<\/text>/g)].map((m) => m[1])).toEqual([
			'Comms &amp; &lt;talk&gt;',
			'Roles',
			'Growth',
			'Focus',
		]);
		expect(withPrevious).toContain('<title>Last time</title>');
		expect(withPrevious.match(/<polygon class="previous"/g)).toHaveLength(1);
	});

	it('never lets content through unescaped', () => {
		expect(withPrevious).not.toMatch(/<(talk|it|A|by)>/);
		expect(withPrevious).not.toContain('"soon"');
	});
});

describe('resultCsv', () => {
	const csvAnswers: Answers = { c1: 1, c2: 2, r1: 5, f1: 'na' };
	const csvScore = scoreAssessment(A, csvAnswers);

	it('writes a header, one row per statement with its rating label, then dimension scores and the overall', () => {
		expect(csvScore).toMatchObject({ overall: 56.3, level: 'Developing & "growing"' });
		expect(resultCsv(A, csvAnswers, csvScore)).toBe(
			[
				'dimension,statement_id,statement,rating,rating_label',
				'"Comms & <talk>","c1","Statement c1","1","Strongly disagree"',
				'"Comms & <talk>","c2","We ""always"", mostly, agree","2","Disagree"',
				'"Roles","r1","Statement r1","5","Strongly agree"',
				'"Growth","g1","Statement g1","",""',
				'"Focus","f1","Statement f1","na","n/a"',
				'',
				'dimension,score,band',
				'"Comms & <talk>","12.5","Weak"',
				'"Roles","100","Good <3"',
				'"Growth","",""',
				'"Focus","",""',
				'"overall","56.3","Developing & ""growing"""',
				'',
			].join('\n'),
		);
	});

	it('leaves the overall empty when nothing was answered', () => {
		const csv = resultCsv(A, {}, scoreAssessment(A, {}));
		expect(csv.endsWith('"Focus","",""\n"overall","",""\n')).toBe(true);
		expect(csv.split('\n')).toHaveLength(14);
	});
});

describe('resultCsv and spreadsheet formulas', () => {
	it('escapes a cell that a spreadsheet would run as a formula', async () => {
		const { resultCsv: csv } = await import('../../src/lib/assessment-html.ts');
		const { scoreAssessment } = await import('../../src/lib/assessment-scoring.ts');
		const { assessment, dimension, statement } = await import('./assessment-fixtures.ts');
		const a = assessment([
			dimension('d1', [statement('s1', { text: '=HYPERLINK("x")' })], { title: '@SUM(A1)' }),
			dimension('d2', [statement('s2')]),
		]);
		const out = csv(a, { s1: 4 }, scoreAssessment(a, { s1: 4 }));
		expect(out).toContain(`"'@SUM(A1)","s1","'=HYPERLINK(""x"")"`);
	});
});

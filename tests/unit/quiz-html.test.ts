import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/quiz.ts';
import type { AttemptPlan } from '../../src/lib/quiz-attempt.ts';
import { gradeQuestion, type Answer, type QuestionResult } from '../../src/lib/quiz-grading.ts';
import { readStrings } from '../../src/client/strings.ts';
import { renderAttemptHtml as renderSafe, rightAnswerText, type ClauseLink, type QuizHtmlKey } from '../../src/lib/quiz-html.ts';

/** The markup's strings by i18n key, read the way an element reads them. */
const t = readStrings<QuizHtmlKey>(
	{
		'quiz.question': 'Question {n}',
		'quiz.true': 'True',
		'quiz.false': 'False',
		'quiz.moveUp': 'Move up: {item}',
		'quiz.moveDown': 'Move down: {item}',
		'quiz.choose': 'Choose…',
		'quiz.correct': 'Correct',
		'quiz.partly': 'Partly correct',
		'quiz.wrong': 'Wrong',
		'quiz.rightAnswer': 'Right answer:',
		'quiz.explanation': 'Why:',
		'quiz.source': 'Source:',
		'quiz.orderingHint': 'Put the steps in order.',
		'quiz.multipleHint': 'Choose all that apply.',
		'quiz.markRight': 'right, chosen',
		'quiz.markWrong': 'chosen, wrong',
		'quiz.markMissed': 'right, missed',
		'quiz.markPlace': 'in place',
		'quiz.markShouldBe': 'belongs at {n}',
		'quiz.markMatchRight': 'right match',
		'quiz.markMatchWrong': 'wrong, should be {match}',
		'quiz.markMatchMissing': 'unanswered, should be {match}',
		'quiz.unanswered': 'Not answered',
	},
	'en',
);
/** The markup as a string, to compare. */
const renderAttemptHtml = (...args: Parameters<typeof renderSafe>) => renderSafe(...args).value;

const common = { ref: 'sc-01#c-1-1', explanation: 'Because §1.1 says so.' };
const single: Question = {
	...common,
	id: 's1',
	type: 'single',
	prompt: 'Which is <b>right</b>?',
	options: [
		{ id: 'a', text: 'Alpha & Co' },
		{ id: 'b', text: 'Beta "quoted"', feedback: 'Beta <misses> the point.' },
		{ id: 'c', text: "Gamma's" },
	],
	answer: 'a',
};
const multiple: Question = {
	...common,
	id: 'm1',
	type: 'multiple',
	prompt: 'Pick the outputs',
	options: [
		{ id: 'x', text: 'Plan' },
		{ id: 'y', text: 'Report', feedback: 'A report is not an output here.' },
		{ id: 'z', text: 'Minutes' },
	],
	answer: ['x', 'z'],
};
const trueFalse: Question = {
	...common,
	id: 't1',
	type: 'true-false',
	prompt: 'QC waits for execution to end.',
	answer: false,
	feedback: { true: 'No: QC runs alongside.', false: 'Right: QC runs alongside.' },
};
const ordering: Question = {
	...common,
	id: 'o1',
	type: 'ordering',
	prompt: 'Order the stages',
	items: [
		{ id: 's1', text: 'Needs' },
		{ id: 's2', text: 'Plan & "design"' },
		{ id: 's3', text: 'Execute' },
	],
};
const matching: Question = {
	...common,
	id: 'p1',
	type: 'matching',
	prompt: 'Match role and duty',
	pairs: [
		{ id: 'a', prompt: 'Lead', match: 'Plans <work>' },
		{ id: 'b', prompt: 'QC', match: 'Checks' },
	],
};
const questions = [single, multiple, trueFalse, ordering, matching];

const plan: AttemptPlan = {
	seed: 1,
	questions: ['o1', 's1', 't1', 'p1', 'm1'],
	order: { s1: ['c', 'a', 'b'], m1: ['z', 'x', 'y'], o1: ['s3', 's1', 's2'], p1: ['b', 'a'] },
};
const links: Record<string, ClauseLink> = {
	s1: { href: '/standards/sc-01/#c-1-1', label: '§1.1', title: 'Scope & "small" projects' },
	t1: { href: '/standards/sc-01/#c-1-2', label: '§1.2', title: 'Stages' },
};

/** The HTML of each fieldset, by question id. */
function fieldsets(html: string): Map<string, string> {
	return new Map(
		[...html.matchAll(/<fieldset class="question" data-question="([^"]+)"[^>]*>([\s\S]*?)<\/fieldset>/g)].map((m) => [m[1]!, m[0]]),
	);
}
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

describe('renderAttemptHtml: taking a quiz', () => {
	const html = renderAttemptHtml(questions, { t, plan, links });
	const byId = fieldsets(html);

	it('renders one fieldset with one legend per drawn question, numbered in plan order', () => {
		expect([...byId.keys()]).toEqual(['o1', 's1', 't1', 'p1', 'm1']);
		expect(count(html, /<fieldset /g)).toBe(5);
		expect(count(html, /<legend>/g)).toBe(5);
		expect([...html.matchAll(/<legend><span class="number">([^<]*)<\/span> ([^<]*)<\/legend>/g)].map((m) => [m[1], m[2]])).toEqual([
			['Question 1', 'Order the stages'],
			['Question 2', 'Which is &lt;b&gt;right&lt;/b&gt;?'],
			['Question 3', 'QC waits for execution to end.'],
			['Question 4', 'Match role and duty'],
			['Question 5', 'Pick the outputs'],
		]);
		expect([...html.matchAll(/data-type="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'ordering',
			'single',
			'true-false',
			'matching',
			'multiple',
		]);
	});

	it('renders only drawn questions and skips ids the quiz does not have', () => {
		const partial = renderAttemptHtml(questions, { t, plan: { seed: 1, questions: ['t1', 'gone'], order: {} }, links });
		expect([...fieldsets(partial).keys()]).toEqual(['t1']);
		expect(renderAttemptHtml(questions, { t, plan: { seed: 1, questions: [], order: {} }, links })).toBe('');
	});

	it('single choice: radio inputs in the shown order, each with a label for it, text escaped', () => {
		expect(byId.get('s1')).toBe(
			'<fieldset class="question" data-question="s1" data-type="single"><legend><span class="number">Question 2</span> Which is &lt;b&gt;right&lt;/b&gt;?</legend>' +
				'<div class="choice"><input type="radio" id="s1-c" name="s1" value="c"><label for="s1-c">Gamma&#39;s</label></div>' +
				'<div class="choice"><input type="radio" id="s1-a" name="s1" value="a"><label for="s1-a">Alpha &amp; Co</label></div>' +
				'<div class="choice"><input type="radio" id="s1-b" name="s1" value="b"><label for="s1-b">Beta &quot;quoted&quot;</label></div>' +
				'</fieldset>',
		);
	});

	it('multiple choice: a hint and checkboxes in the shown order', () => {
		expect(byId.get('m1')).toBe(
			'<fieldset class="question" data-question="m1" data-type="multiple"><legend><span class="number">Question 5</span> Pick the outputs</legend>' +
				'<p class="hint">Choose all that apply.</p>' +
				'<div class="choice"><input type="checkbox" id="m1-z" name="m1" value="z"><label for="m1-z">Minutes</label></div>' +
				'<div class="choice"><input type="checkbox" id="m1-x" name="m1" value="x"><label for="m1-x">Plan</label></div>' +
				'<div class="choice"><input type="checkbox" id="m1-y" name="m1" value="y"><label for="m1-y">Report</label></div>' +
				'</fieldset>',
		);
	});

	it('true/false: two radios labelled with the locale’s words', () => {
		expect(byId.get('t1')).toBe(
			'<fieldset class="question" data-question="t1" data-type="true-false"><legend><span class="number">Question 3</span> QC waits for execution to end.</legend>' +
				'<div class="choice"><input type="radio" id="t1-true" name="t1" value="true"><label for="t1-true">True</label></div>' +
				'<div class="choice"><input type="radio" id="t1-false" name="t1" value="false"><label for="t1-false">False</label></div>' +
				'</fieldset>',
		);
	});

	it('ordering: a described list in the shown order with move buttons naming the item', () => {
		expect(byId.get('o1')).toBe(
			'<fieldset class="question" data-question="o1" data-type="ordering"><legend><span class="number">Question 1</span> Order the stages</legend>' +
				'<p class="hint" id="o1-hint">Put the steps in order.</p><ol class="ordering" data-ordering="o1" aria-describedby="o1-hint">' +
				'<li data-item="s3"><span class="item-text">Execute</span><span class="moves"><button type="button" class="button" data-move="up" aria-label="Move up: Execute">↑</button><button type="button" class="button" data-move="down" aria-label="Move down: Execute">↓</button></span></li>' +
				'<li data-item="s1"><span class="item-text">Needs</span><span class="moves"><button type="button" class="button" data-move="up" aria-label="Move up: Needs">↑</button><button type="button" class="button" data-move="down" aria-label="Move down: Needs">↓</button></span></li>' +
				'<li data-item="s2"><span class="item-text">Plan &amp; &quot;design&quot;</span><span class="moves"><button type="button" class="button" data-move="up" aria-label="Move up: Plan &amp; &quot;design&quot;">↑</button><button type="button" class="button" data-move="down" aria-label="Move down: Plan &amp; &quot;design&quot;">↓</button></span></li>' +
				'</ol></fieldset>',
		);
	});

	it('matching: a labelled select per pair, in written order, with a placeholder then the matches in the shown order', () => {
		expect(byId.get('p1')).toBe(
			'<fieldset class="question" data-question="p1" data-type="matching"><legend><span class="number">Question 4</span> Match role and duty</legend><div class="matching">' +
				'<div class="match"><label for="p1-a">Lead</label><select id="p1-a" name="p1" data-pair="a"><option value="">Choose…</option><option value="b">Checks</option><option value="a">Plans &lt;work&gt;</option></select></div>' +
				'<div class="match"><label for="p1-b">QC</label><select id="p1-b" name="p1" data-pair="b"><option value="">Choose…</option><option value="b">Checks</option><option value="a">Plans &lt;work&gt;</option></select></div>' +
				'</div></fieldset>',
		);
	});

	it('has no disabled controls and no review while the quiz is being taken', () => {
		expect(html).not.toContain('disabled');
		expect(html).not.toContain('class="review');
		expect(html).not.toContain('Why:');
	});

	it('every input’s id has exactly one label for it', () => {
		const ids = [...html.matchAll(/<(?:input|select) [^>]*id="([^"]+)"/g)].map((m) => m[1]!);
		expect(ids).toHaveLength(3 + 3 + 2 + 2);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(count(html, new RegExp(`<label for="${id}">`, 'g'))).toBe(1);
	});

	it('shows answers given so far: checked options, selected matches, and a complete ordering as arranged', () => {
		const answers: Record<string, Answer> = {
			s1: { type: 'single', choice: 'b' },
			m1: { type: 'multiple', choices: ['x', 'y'] },
			t1: { type: 'true-false', choice: false },
			o1: { type: 'ordering', order: ['s2', 's3', 's1'] },
			p1: { type: 'matching', matches: { a: 'a', b: null } },
		};
		const withAnswers = fieldsets(renderAttemptHtml(questions, { t, plan, answers, links }));
		expect([...withAnswers.get('s1')!.matchAll(/<input [^>]*value="(\w+)"( checked)?/g)].map((m) => [m[1], Boolean(m[2])])).toEqual([
			['c', false],
			['a', false],
			['b', true],
		]);
		expect([...withAnswers.get('m1')!.matchAll(/<input [^>]*value="(\w+)"( checked)?/g)].map((m) => [m[1], Boolean(m[2])])).toEqual([
			['z', false],
			['x', true],
			['y', true],
		]);
		expect(withAnswers.get('t1')).toContain('<input type="radio" id="t1-true" name="t1" value="true"><label');
		expect(withAnswers.get('t1')).toContain('<input type="radio" id="t1-false" name="t1" value="false" checked><label');
		expect([...withAnswers.get('o1')!.matchAll(/data-item="(\w+)"/g)].map((m) => m[1])).toEqual(['s2', 's3', 's1']);
		expect(withAnswers.get('p1')).toContain(
			'<select id="p1-a" name="p1" data-pair="a"><option value="">Choose…</option><option value="b">Checks</option><option value="a" selected>',
		);
		expect(count(withAnswers.get('p1')!, / selected/g)).toBe(1);
	});

	it('an ordering answer of the wrong length falls back to the shown order', () => {
		const answers: Record<string, Answer> = { o1: { type: 'ordering', order: ['s1', 's2'] } };
		const html2 = fieldsets(renderAttemptHtml(questions, { t, plan, answers, links }));
		expect([...html2.get('o1')!.matchAll(/data-item="(\w+)"/g)].map((m) => m[1])).toEqual(['s3', 's1', 's2']);
	});
});

describe('renderAttemptHtml: review', () => {
	const answers: Record<string, Answer> = {
		s1: { type: 'single', choice: 'b' },
		m1: { type: 'multiple', choices: ['x', 'y'] },
		t1: { type: 'true-false', choice: true },
		o1: { type: 'ordering', order: ['s1', 's2', 's3'] },
		p1: { type: 'matching', matches: { a: 'b', b: 'a' } },
	};
	const results: QuestionResult[] = questions.map((q) => gradeQuestion(q, answers[q.id], 'proportional'));
	const html = renderAttemptHtml(questions, { t, plan, answers, results, links });
	const byId = fieldsets(html);

	it('grades as expected for the fixture', () => {
		expect(results).toEqual([
			{ id: 's1', score: 0, correct: false },
			{ id: 'm1', score: 0, correct: false },
			{ id: 't1', score: 0, correct: false },
			{ id: 'o1', score: 1, correct: true },
			{ id: 'p1', score: 0, correct: false },
		]);
	});

	it('disables every control and drops the move buttons', () => {
		expect(count(html, /<input [^>]*disabled>/g)).toBe(8);
		expect(count(html, /<input /g)).toBe(8);
		expect(count(html, /<select [^>]*disabled>/g)).toBe(2);
		expect(html).not.toContain('<button');
		expect(html).not.toContain('data-move');
	});

	it('a wrong single choice: verdict, right answer, the chosen option’s feedback, explanation and clause link', () => {
		expect(byId.get('s1')).toBe(
			'<fieldset class="question" data-question="s1" data-type="single"><legend><span class="number">Question 2</span> Which is &lt;b&gt;right&lt;/b&gt;?</legend>' +
				'<div class="choice"><input type="radio" id="s1-c" name="s1" value="c" disabled><label for="s1-c">Gamma&#39;s</label></div>' +
				'<div class="choice"><input type="radio" id="s1-a" name="s1" value="a" disabled><label for="s1-a">Alpha &amp; Co</label><span class="mark mark-missed">right, missed</span></div>' +
				'<div class="choice"><input type="radio" id="s1-b" name="s1" value="b" checked disabled><label for="s1-b">Beta &quot;quoted&quot;</label><span class="mark mark-wrong">chosen, wrong</span></div>' +
				'<div class="review is-wrong"><p class="verdict"><strong>Wrong</strong></p>' +
				'<p><strong>Right answer:</strong> Alpha &amp; Co</p>' +
				'<ul class="option-feedback"><li>Beta &lt;misses&gt; the point.</li></ul>' +
				'<p><strong>Why:</strong> Because §1.1 says so.</p>' +
				'<p>Source: <a href="/standards/sc-01/#c-1-1" title="Scope &amp; &quot;small&quot; projects">§1.1 Scope &amp; &quot;small&quot; projects</a></p>' +
				'</div></fieldset>',
		);
	});

	it('a correct answer shows the verdict and explanation but no right answer, and no link when none is given', () => {
		expect(byId.get('o1')).toBe(
			'<fieldset class="question" data-question="o1" data-type="ordering"><legend><span class="number">Question 1</span> Order the stages</legend>' +
				'<p class="hint" id="o1-hint">Put the steps in order.</p><ol class="ordering" data-ordering="o1" aria-describedby="o1-hint">' +
				'<li data-item="s1"><span class="item-text">Needs</span> <span class="mark mark-right">in place</span></li>' +
				'<li data-item="s2"><span class="item-text">Plan &amp; &quot;design&quot;</span> <span class="mark mark-right">in place</span></li>' +
				'<li data-item="s3"><span class="item-text">Execute</span> <span class="mark mark-right">in place</span></li>' +
				'</ol><div class="review is-correct"><p class="verdict"><strong>Correct</strong></p><p><strong>Why:</strong> Because §1.1 says so.</p></div></fieldset>',
		);
	});

	it('multiple choice: feedback only for the wrongly chosen option, and the right answers joined', () => {
		const m1 = byId.get('m1')!;
		expect(m1).toContain(
			'<div class="review is-wrong"><p class="verdict"><strong>Wrong</strong></p><p><strong>Right answer:</strong> Plan；Minutes</p><ul class="option-feedback"><li>A report is not an output here.</li></ul>',
		);
		expect(count(m1, /<li>/g)).toBe(1);
	});

	it('a partly right answer shows the share', () => {
		const partly: Record<string, Answer> = { ...answers, m1: { type: 'multiple', choices: ['x'] } };
		const partlyResults = questions.map((q) => gradeQuestion(q, partly[q.id], 'proportional'));
		const m1 = fieldsets(renderAttemptHtml(questions, { t, plan, answers: partly, results: partlyResults, links })).get('m1')!;
		expect(m1).toContain(
			'<div class="review is-partly"><p class="verdict"><strong>Partly correct (50%)</strong></p><p><strong>Right answer:</strong> Plan；Minutes</p><p><strong>Why:</strong>',
		);
		expect(m1).not.toContain('option-feedback');
	});

	it('true/false wrongly answered: the feedback written for that value, and the right value in words', () => {
		expect(byId.get('t1')).toContain(
			'<div class="review is-wrong"><p class="verdict"><strong>Wrong</strong></p><p><strong>Right answer:</strong> False</p><ul class="option-feedback"><li>No: QC runs alongside.</li></ul><p><strong>Why:</strong> Because §1.1 says so.</p><p>Source: <a href="/standards/sc-01/#c-1-2" title="Stages">§1.2 Stages</a></p></div>',
		);
		expect(byId.get('t1')).toContain('value="true" checked disabled');
	});

	// NOTE: optionFeedback is documented as "feedback written for the options the learner chose
	// wrongly" (single/multiple follow that), yet for true/false the feedback of the chosen value is
	// shown even when it is the right answer. The schema allows feedback for both values, so this may
	// be intended; pinned here as the current behaviour.
	it('true/false answered correctly still shows the feedback written for that value', () => {
		const right: Record<string, Answer> = { t1: { type: 'true-false', choice: false } };
		const t1 = renderAttemptHtml(questions, {
			t,
			plan: { seed: 1, questions: ['t1'], order: {} },
			answers: right,
			results: [gradeQuestion(trueFalse, right.t1!, 'proportional')],
			links,
		});
		expect(t1).toContain(
			'<div class="review is-correct"><p class="verdict"><strong>Correct</strong></p><ul class="option-feedback"><li>Right: QC runs alongside.</li></ul>',
		);
	});

	it('an option that is a right answer never shows its feedback', () => {
		const withFeedback: Question = {
			...single,
			options: single.options.map((o) => (o.id === 'a' ? { ...o, feedback: 'A is right.' } : o)),
		};
		const answer: Answer = { type: 'single', choice: 'a' };
		const out = renderAttemptHtml([withFeedback], {
			t,
			plan: { seed: 1, questions: ['s1'], order: plan.order },
			answers: { s1: answer },
			results: [gradeQuestion(withFeedback, answer, 'proportional')],
			links,
		});
		expect(out).not.toContain('option-feedback');
		expect(out).not.toContain('A is right.');
	});

	it('matching and unanswered questions: right answer in words, no option feedback', () => {
		expect(byId.get('p1')).toContain(
			'<div class="review is-wrong"><p class="verdict"><strong>Wrong</strong></p><p><strong>Right answer:</strong> Lead — Plans &lt;work&gt;；QC — Checks</p><p><strong>Why:</strong>',
		);
		const none = renderAttemptHtml(questions, {
			t,
			plan: { seed: 1, questions: ['s1'], order: plan.order },
			answers: {},
			results: [gradeQuestion(single, undefined, 'proportional')],
			links,
		});
		expect(none).not.toContain('checked');
		expect(none).not.toContain('option-feedback');
		expect(none).toContain('<p><strong>Right answer:</strong> Alpha &amp; Co</p>');
	});

	it('only questions with a result are shown in review', () => {
		const onlyOne = renderAttemptHtml(questions, { t, plan, answers, results: [results[0]!], links });
		const sets = fieldsets(onlyOne);
		expect(sets.get('s1')).toContain('class="review');
		expect(sets.get('s1')).toContain('disabled');
		expect(sets.get('m1')).not.toContain('class="review');
		expect(sets.get('m1')).not.toContain('disabled');
	});
});

describe('rightAnswerText', () => {
	it('puts the right answer in words for every type', () => {
		expect(rightAnswerText(single, t)).toBe('Alpha & Co');
		expect(rightAnswerText(multiple, t)).toBe('Plan；Minutes');
		expect(rightAnswerText(trueFalse, t)).toBe('False');
		expect(rightAnswerText({ ...trueFalse, answer: true }, t)).toBe('True');
		expect(rightAnswerText(ordering, t)).toBe('1. Needs → 2. Plan & "design" → 3. Execute');
		expect(rightAnswerText(matching, t)).toBe('Lead — Plans <work>；QC — Checks');
	});
});

describe('renderAttemptHtml: review marks on each option and item', () => {
	const answers: Record<string, Answer> = {
		s1: { type: 'single', choice: 'b' },
		m1: { type: 'multiple', choices: ['x', 'y'] },
		t1: { type: 'true-false', choice: null },
		o1: { type: 'ordering', order: ['s1', 's3', 's2'] },
		p1: { type: 'matching', matches: { a: 'b', b: null } },
	};
	const results = questions.map((q) => gradeQuestion(q, answers[q.id], 'proportional'));
	const byId = fieldsets(renderAttemptHtml(questions, { t, plan, answers, results, links }));
	const marks = (id: string) => [...byId.get(id)!.matchAll(/<span class="mark ([\w-]+)">([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]);

	it('single choice: the wrong pick and the missed right option are marked, the untouched wrong one is not', () => {
		expect(marks('s1')).toEqual([
			['mark-missed', 'right, missed'],
			['mark-wrong', 'chosen, wrong'],
		]);
	});

	it('multiple choice: right pick, missed right option and wrong pick each get their mark', () => {
		// Shown order z, x, y: z right but missed, x right and chosen, y wrong and chosen.
		expect(marks('m1')).toEqual([
			['mark-missed', 'right, missed'],
			['mark-right', 'right, chosen'],
			['mark-wrong', 'chosen, wrong'],
		]);
	});

	it('an unanswered question says so instead of "wrong", and marks the right option as missed', () => {
		expect(byId.get('t1')).toContain('<strong>Not answered</strong>');
		expect(marks('t1')).toEqual([['mark-missed', 'right, missed']]);
	});

	it('ordering: each item says whether it is in place or where it belongs', () => {
		expect(marks('o1')).toEqual([
			['mark-right', 'in place'],
			['mark-wrong', 'belongs at 3'],
			['mark-wrong', 'belongs at 2'],
		]);
	});

	it('matching: each item says right, wrong or unanswered, with the right match in words', () => {
		expect(marks('p1')).toEqual([
			['mark-wrong', 'wrong, should be Plans &lt;work&gt;'],
			['mark-missed', 'unanswered, should be Checks'],
		]);
	});
});

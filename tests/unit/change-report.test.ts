/** The change report's model and Markdown, on the two-sided fixture library (no git, no build). */
import { describe, expect, it } from 'vitest';
import { changeReport } from '../../src/lib/change-report.ts';
import { inlineDiff, renderChangeReport, REPORT_MARKER } from '../../src/lib/change-report-markdown.ts';
import { textCitations } from '../../src/lib/citations.ts';
import { base, BODY_1_1, branch, standard } from './change-report-fixtures.ts';

const options = { contentDir: 'content' };
const head = branch();
/** The 1-based line of the branch file on which `needle` stands (the `occurrence`-th time). */
function lineOf(file: string, needle: string, occurrence = 1): number {
	const lines = head.get(file)!.split('\n');
	const found = lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []))[occurrence - 1];
	if (!found) throw new Error(`${needle} not in ${file}`);
	return found;
}
const where = (report: ReturnType<typeof changeReport>, clause: string, wording = false) =>
	report.impact
		.find((i) => i.clause?.id === clause)
		?.citations.filter((c) => (c.target.via === 'wording') === wording)
		.map((c) => `${c.file}:${c.line} ${c.kind} ${c.what}${c.target.via === 'wording' ? ` “${c.target.phrase}”` : ''}`);

describe('changeReport', () => {
	const report = changeReport(base, head, options);

	it('lists versions added, released and superseded and the current version moving on', () => {
		expect(report.events.map((e) => `${e.code}: ${e.text}`)).toEqual([
			'XX-01: version 1.0.0 superseded (active → superseded)',
			'XX-01: version 1.1.0 added and released (active)',
			'XX-01: current version 1.0.0 → 1.1.0',
			'YY-01: new standard "归档标准"',
			'YY-01: version 1.0.0 added and released (active)',
		]);
	});

	it('diffs each new version against its predecessor, clause by clause', () => {
		const diff = report.diffs.find((d) => d.standard === 'xx-01')!;
		expect(diff.from?.version).toBe('1.0.0');
		expect(diff.changes.map((c) => `${c.kind} ${c.kind === 'added' ? c.to.number : c.from.number}`)).toEqual([
			'unchanged 1',
			'changed 1.1',
			'unchanged 1.2',
			'removed 1.3',
			'added 1.4',
		]);
		expect(diff.bump).toEqual({ step: 'minor', required: 'major' });
		expect(report.diffs.find((d) => d.standard === 'yy-01')?.from).toBeUndefined();
	});

	it('finds every citation of the reworded clause, by reference and in prose, with file and line', () => {
		const q = 'content/quizzes/reply-quiz.yaml';
		expect(where(report, 'c-1-1')).toEqual([
			`content/checklists/reply.mdx:${lineOf('content/checklists/reply.mdx', 'c-1-1')} checklist-item item`,
			`content/handbooks/lead.mdx:${lineOf('content/handbooks/lead.mdx', 'c-1-1')} handbook front matter clauses.0`,
			`content/handbooks/lead.mdx:${lineOf('content/handbooks/lead.mdx', 'XX-01 §1.1')} handbook text`,
			`${q}:${lineOf(q, 'c-1-1')} quiz-question question q1`,
			`${q}:${lineOf(q, 'XX-01 §1.1')} quiz-question question q1`,
			// The new quiz's explanation says "XX-01 §1.1" too.
			`content/quizzes/yy-quiz.yaml:${lineOf('content/quizzes/yy-quiz.yaml', 'XX-01 §1.1')} quiz-question question q1`,
		]);
	});

	it('finds every citation of the removed clause: quiz, checklist, assessment band and statement, glossary term, path step', () => {
		const a = 'content/assessments/reply-check.yaml';
		expect(where(report, 'c-1-3')).toEqual([
			`${a}:${lineOf(a, 'text: 我们总在')} assessment-statement statement s-fast of dimension speed`,
			`${a}:${lineOf(a, 'c-1-3')} assessment-band band red (偏慢) of dimension speed`,
			`content/checklists/reply.mdx:${lineOf('content/checklists/reply.mdx', 'c-1-3')} checklist-item item`,
			`content/glossary.yaml:${lineOf('content/glossary.yaml', 'c-1-3')} glossary-term term reply (答复)`,
			`content/paths/lead.yaml:${lineOf('content/paths/lead.yaml', 'XX-01 §1.3')} path-step step 1 (read xx-01)`,
			`content/quizzes/reply-quiz.yaml:${lineOf('content/quizzes/reply-quiz.yaml', 'c-1-3')} quiz-question question q2`,
		]);
		expect(report.impact.find((i) => i.clause?.id === 'c-1-3')?.change).toBe('removed');
	});

	it('finds text that repeats the old number without citing the clause, where the standard is named', () => {
		const q = 'content/quizzes/reply-quiz.yaml';
		expect(where(report, 'c-1-1', true)).toEqual([
			`content/assessments/reply-check.yaml:${lineOf('content/assessments/reply-check.yaml', '3 个工作日')} assessment-statement statement s-fast of dimension speed “3个工作”`,
			`${q}:${lineOf(q, '3 个工作日')} quiz-question question q1 “3个工作”`,
			`content/quizzes/yy-quiz.yaml:${lineOf('content/quizzes/yy-quiz.yaml', '3 个工作日')} quiz-question question q1 “3个工作”`,
		]);
		// A file that never names XX-01 is not searched, though it says "3 个工作日" too.
		const unrelated =
			'---\ntitle: 另一清单\nsummary: 无关。\nroles: [lead]\nstages: [execution]\nstandards: [yy-01]\n---\n\n- [ ] 3 个工作日内归档 [](std:yy-01#c-1-1)\n';
		const other = changeReport(base, branch({ 'content/checklists/other.mdx': unrelated }), options);
		expect(where(other, 'c-1-1', true)?.some((line) => line.includes('other.mdx'))).toBe(false);
	});

	it('still lists a citation the branch re-pointed, from the base side, so the reviewer checks the new one', () => {
		const quiz = head.get('content/quizzes/reply-quiz.yaml')!.replace('"xx-01#c-1-3"', '"xx-01#c-1-2"');
		const repointed = changeReport(base, branch({ 'content/quizzes/reply-quiz.yaml': quiz }), options);
		const cited = repointed.impact
			.find((i) => i.clause?.id === 'c-1-3')!
			.citations.filter((c) => c.file === 'content/quizzes/reply-quiz.yaml');
		expect(cited.map((c) => [c.what, c.base])).toEqual([['question q2', true]]);
		expect(renderChangeReport(repointed, { base: 'm', head: 'b', seedOverlap: '' })).toMatch(
			/question q2: .* — cited before this branch, which changed or removed the citation: check the new one/,
		);
	});

	it('lists path steps that read a changed standard as a whole', () => {
		const whole = report.impact.find((i) => i.standard === 'xx-01' && i.change === 'standard');
		expect(whole?.citations.map((c) => `${c.file}:${c.line}`)).toEqual([
			`content/paths/lead.yaml:${lineOf('content/paths/lead.yaml', 'target: xx-01')}`,
		]);
	});

	it('reports release-rule, dangling-reference and traceability errors, and no lock problem when the lock is complete', () => {
		const errors = report.problems.filter((p) => p.level === 'error');
		expect(errors.filter((p) => p.section === 'release').map((p) => p.message)).toEqual([
			expect.stringMatching(
				/^content\/standards\/xx-01\/1\.1\.0\.mdx: version: 1\.1\.0 is a minor release after 1\.0\.0, but its clause changes need a major release/,
			),
		]);
		const dangling = (file: string, what: string) =>
			`${file}:${lineOf(file, 'c-1-3')} (${what}): cites "xx-01#c-1-3", which is not a clause of XX-01 1.1.0`;
		expect(
			errors
				.filter((p) => p.section === 'references')
				.map((p) => p.message)
				.sort(),
		).toEqual(
			[
				dangling('content/assessments/reply-check.yaml', 'band red (偏慢) of dimension speed'),
				dangling('content/checklists/reply.mdx', 'item'),
				dangling('content/glossary.yaml', 'term reply (答复)'),
				dangling('content/quizzes/reply-quiz.yaml', 'question q2'),
			].sort(),
		);
		expect(errors.filter((p) => p.section === 'traceability').map((p) => p.message)).toEqual([
			'XX-01 §1.4 答复抽查 (xx-01#c-1-4): no quiz question or checklist item cites it',
		]);
		expect(report.problems.filter((p) => p.section === 'lock')).toEqual([]);
		expect(report.lock).toEqual({ added: ['xx-01@1.1.0', 'yy-01@1.0.0'], removed: [], changed: [] });
	});

	it('accepts a reference pinned to a version that has the clause, and names one pinned to a version that does not exist', () => {
		const quiz = head.get('content/quizzes/reply-quiz.yaml')!.replace('"xx-01#c-1-3"', '"xx-01@1.0.0#c-1-3"');
		const pinned = changeReport(base, branch({ 'content/quizzes/reply-quiz.yaml': quiz }), options).problems.map((p) => p.message);
		expect(pinned.filter((m) => m.includes('reply-quiz.yaml'))).toEqual([]);
		const wrong = changeReport(base, branch({ 'content/quizzes/reply-quiz.yaml': quiz.replace('@1.0.0', '@9.9.9') }), options).problems.map(
			(p) => p.message,
		);
		expect(wrong).toContainEqual(
			expect.stringMatching(
				/reply-quiz\.yaml:\d+ \(question q2\): cites "xx-01@9\.9\.9#c-1-3", but standard "xx-01" has no version 9\.9\.9$/,
			),
		);
	});

	it('names a prose citation of a number the current version no longer has', () => {
		const warnings = report.problems.filter((p) => p.level === 'warning').map((p) => p.message);
		expect(warnings).toEqual([
			`content/paths/lead.yaml:${lineOf('content/paths/lead.yaml', 'XX-01 §1.3')} (step 1 (read xx-01)): "XX-01 §1.3" names no clause of XX-01 1.1.0`,
		]);
	});

	it('reports a released version edited in place, a lock entry changed and a released version deleted as errors', () => {
		const edited = branch({ 'content/standards/xx-01/1.0.0.mdx': standard('1.0.0', 'superseded', ['首次发布'], BODY_1_1) });
		const lockText = JSON.parse(edited.get('content/standards.lock.json')!) as Record<string, string>;
		lockText['xx-01@1.0.0'] = JSON.parse(base.get('content/standards.lock.json')!)['xx-01@1.0.0'];
		const files = new Map(edited).set('content/standards.lock.json', JSON.stringify(lockText));
		const messages = changeReport(base, files, options)
			.problems.filter((p) => p.section === 'lock')
			.map((p) => p.message);
		expect(messages).toEqual([expect.stringContaining('content/standards/xx-01/1.0.0.mdx: released version 1.0.0 was edited in place')]);
		const deleted = changeReport(base, branch({ 'content/standards/xx-01/1.0.0.mdx': null }), options).problems;
		expect(deleted.map((p) => p.message)).toContainEqual(
			expect.stringContaining('content/standards/xx-01/1.0.0.mdx: released version 1.0.0 was deleted'),
		);
		expect(deleted.map((p) => p.message)).toContainEqual(expect.stringContaining('entry xx-01@1.0.0 was removed'));
	});

	it('leaves out a version whose only change is its status or review date', () => {
		const statusOnly = changeReport(
			base,
			new Map(base).set(
				'content/standards/xx-01/1.0.0.mdx',
				base.get('content/standards/xx-01/1.0.0.mdx')!.replace('reviewBy: 2027-01-01', 'reviewBy: 2027-06-01'),
			),
			options,
		);
		expect(statusOnly.diffs).toEqual([]);
		expect(statusOnly.events.map((e) => e.text)).toEqual(['version 1.0.0 review date 2027-01-01 → 2027-06-01']);
		expect(statusOnly.problems.filter((p) => p.level === 'error')).toEqual([]);
	});

	it('names the file of content that cannot be read', () => {
		const broken = changeReport(base, branch({ 'content/quizzes/reply-quiz.yaml': 'questions: [\n' }), options);
		expect(broken.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^content\/quizzes\/reply-quiz\.yaml: line \d+: /));
	});
});

describe('renderChangeReport', () => {
	const report = changeReport(base, head, options);
	const markdown = renderChangeReport(report, { base: 'main', head: 'feature', seedOverlap: 'Not run.' });

	it('starts with the hidden marker and counts errors and warnings', () => {
		expect(markdown.startsWith(`${REPORT_MARKER}\n`)).toBe(true);
		const errors = report.problems.filter((p) => p.level === 'error').length;
		expect(markdown).toContain(`**${errors} errors, `);
	});

	it('shows the reworded words inline and marks each citation "check: may be stale"', () => {
		expect(markdown).toContain(
			'**reworded** XX-01 §1.1 答复时限 text: 收到客户问题后，须在 <del>3</del><ins>5</ins> 个工作日内给出书面答复。',
		);
		const line = lineOf('content/quizzes/reply-quiz.yaml', 'c-1-3');
		expect(markdown).toContain(
			`- \`content/quizzes/reply-quiz.yaml:${line}\` quiz question, question q2: “电话答复不需要书面记录。” — check: may be stale`,
		);
		expect(markdown).toContain('**removed** XX-01 §1.3 电话答复');
	});

	it('escapes content text so it cannot inject markup', () => {
		const evil = changeReport(
			base,
			branch({
				'content/standards/xx-01/1.1.0.mdx': standard('2.0.0', 'draft', ['x'], BODY_1_1.replace('答复抽查', '<script>x</script>')),
			}),
			options,
		);
		expect(renderChangeReport(evil, { base: 'a', head: 'b', seedOverlap: '' })).not.toContain('<script>');
	});
});

describe('inlineDiff and textCitations', () => {
	it('keeps a few characters of context around each change', () => {
		expect(
			inlineDiff(
				[
					{ op: 'same', text: 'a'.repeat(40) },
					{ op: 'removed', text: '3' },
					{ op: 'added', text: '5' },
					{ op: 'same', text: 'b'.repeat(40) },
				],
				4,
			),
		).toBe('…aaaa<del>3</del><ins>5</ins>bbbb…');
	});

	it('reads each number of a prose citation list', () => {
		expect(textCitations('见 CQ-01 §5.2、§5.3 和 SC-01 §2').map((c) => `${c.code} ${c.number}`)).toEqual([
			'CQ-01 5.2',
			'CQ-01 5.3',
			'SC-01 2',
		]);
	});
});

/**
 * The content check over fixture folders, without an Astro build: each scenario lays its files
 * over tests/fixtures/valid/content and must be reported with the file, the line or field, and
 * what was expected; benign variants (BOM, CRLF, long lines) must pass.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAndIndexContent, checkContent, indexUnchecked, type RawFile } from '../../src/content-source/content-check.ts';
import type { StandardFileFacts } from '../../src/lib/content-index.ts';

const FIXTURES = 'tests/fixtures';
const ROOT = 'content';
const TODAY = '2026-12-01';

function walk(dir: string, prefix = ''): RawFile[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		const relative = prefix ? `${prefix}/${name}` : name;
		return statSync(path).isDirectory() ? walk(path, relative) : [{ relative, bytes: readFileSync(path) }];
	});
}

/** The valid content with each scenario folder laid over it, in order. */
function content(...scenarios: string[]): RawFile[] {
	const files = new Map(walk(join(FIXTURES, 'valid', 'content')).map((f) => [f.relative, f]));
	for (const scenario of scenarios) for (const file of walk(join(FIXTURES, scenario))) files.set(file.relative, file);
	return [...files.values()].sort((a, b) => a.relative.localeCompare(b.relative));
}

const check = (...scenarios: string[]) => checkContent({ root: ROOT, files: content(...scenarios), today: TODAY });

describe('valid content and benign variants', () => {
	it.each([[[] as string[]], [['bom-crlf-long-lines']], [['status-change-is-not-an-edit']], [['removed-clause-history']]])(
		'%j passes',
		(scenarios) => {
			expect(check(...scenarios)).toEqual([]);
		},
	);
});

/** Scenario folders → words each expected problem line must contain (all of them, in one line). */
const CASES: [scenarios: string[], expected: string[][]][] = [
	[['bad-front-matter'], [['content/standards/ab-01/1.0.0.mdx:', 'front matter is not valid YAML']]],
	[['bad-date'], [['content/standards/ab-01/1.0.0.mdx:', 'effective', 'expected a']]],
	[
		['bad-enum'],
		[['content/standards/ab-01/1.0.0.mdx:5: status: expected one of draft, active, superseded, retired, got the text "published"']],
	],
	[['wrong-type'], [['content/checklists/fixture-list.mdx:', 'stages: expected a list of stages, got the text "planning"']]],
	[['missing-field'], [['content/cases/fixture-case.mdx:', 'summary: required field is missing: expected a one-sentence summary']]],
	[['duplicate-standard-code'], [['content/standards/ab-02/1.0.0.mdx: code: "AB-01" is already used by standard "ab-01"']]],
	[['duplicate-term-id'], [['content/glossary.yaml: term 2: id: "plan" is already used by an earlier term']]],
	[['version-mismatch'], [['content/standards/ab-01/1.1.0.mdx: version: expected "1.1.0" (the file name), got "1.0.0"']]],
	[['unnumbered-clause'], [['content/standards/ab-01/1.0.0.mdx:18: heading "审批": expected a clause number first']]],
	[['unknown-role'], [['content/standards/ab-01/1.0.0.mdx:', 'owner: unknown role "nobody"; expected one of fixture-role']]],
	[['unknown-clause'], [['content/handbooks/fixture-role.mdx:13: unknown clause "c-9-9" in standard "ab-01"']]],
	[['unknown-standard'], [['content/cases/fixture-case.mdx:12: unknown standard "zz-99"', 'known standards: ab-01']]],
	[['unknown-term'], [['content/checklists/fixture-list.mdx:11: unknown glossary term "no-such-term"']]],
	[['bad-yaml-ref'], [['content/handbooks/fixture-role.mdx:', 'clauses[1]: unknown clause "c-7" in standard "ab-01"']]],
	[
		['edited-release'],
		[['content/standards/ab-01/1.0.0.mdx: released version 1.0.0 was edited in place', 'npm run new:version -- ab-01 patch']],
	],
	[
		['quiz-answer-not-an-option'],
		[['content/quizzes/fixture-quiz.yaml:', 'questions[0].answer: question "q1": answer "c" is not among the options (a, b)']],
	],
	[['quiz-duplicate-ordering-item'], [['content/quizzes/fixture-quiz.yaml:', 'ordering item "s2" appears twice']]],
	[['quiz-bad-ref'], [['content/quizzes/fixture-quiz.yaml:', 'questions[0].ref: unknown clause "c-4" in standard "ab-01"']]],
	[['path-unknown-target'], [['content/paths/fixture-role.yaml:', 'steps[2].target: no quiz "no-such-quiz"']]],
	[
		['impossible-date'],
		[['content/standards/ab-01/1.1.0.mdx:6: effective: expected a real calendar date like 2026-01-15, got "2026-02-30"']],
	],
	[
		['unknown-key'],
		[
			['content/checklists/fixture-list.mdx:2: (top level): unknown key "titel". Did you mean "title"?'],
			['content/checklists/fixture-list.mdx:', 'title: required field is missing'],
		],
	],
	[
		['unexpected-files'],
		[
			['content/glosary.yaml: unexpected file', 'Did you mean "glossary.yaml"?'],
			['content/handbooks/notes.md: file name: expected <id>.mdx in handbooks/, got "notes.md"'],
			['content/standards/ab-01/1.1.0.md: file name: expected <version>.mdx'],
		],
	],
	[
		['unquoted-date-in-text'],
		[['content/cases/fixture-case.mdx:2: title: expected a title, got the date 2026-01-15', 'expected it in quotes ("2026-01-15")']],
	],
	[['yaml-alias-bomb'], [['content/glossary.yaml: Excessive alias count', '(not valid YAML)']]],
	[['not-utf8'], [['content/cases/fixture-case.mdx:2: not UTF-8 text', 'expected the file saved as UTF-8']]],
	[
		['unsafe-markup'],
		[
			['content/checklists/fixture-list.mdx:14: a <script> element is not allowed in content'],
			['content/checklists/fixture-list.mdx:16: an on…= event handler is not allowed in content'],
			['content/checklists/fixture-list.mdx:18: a javascript: URL is not allowed in content'],
			['content/checklists/fixture-list.mdx:20: MDX expression "{placeholder}"'],
		],
	],
	[
		['raw-markup'],
		[
			['content/standards/ab-01/1.0.0.mdx:16: raw HTML element <div>: expected plain Markdown'],
			['content/standards/ab-01/1.0.0.mdx:18: an HTML comment'],
			['content/standards/ab-01/1.0.0.mdx:20: an image: content does not carry images'],
			['content/standards/ab-01/1.0.0.mdx:24: raw HTML element <br>', 'end the line with a backslash'],
			['content/handbooks/fixture-role.mdx:13: a component <Callout>'],
			['content/cases/fixture-case.mdx:12: an HTML comment'],
			['content/checklists/fixture-list.mdx:11: not valid MDX', 'write \\< for a literal "<"'],
		],
	],
	[
		['near-miss-references'],
		[
			['content/handbooks/fixture-role.mdx:15: link target "sdt:ab-01#c-1" is not a reference; expected "std:ab-01#c-1"'],
			['content/handbooks/fixture-role.mdx:15: link target "std;ab-01#c-1" is not a reference; expected "std:ab-01#c-1"'],
			['content/handbooks/fixture-role.mdx:15: link target "ab-01#c-1-1" is not a reference; expected "std:ab-01#c-1-1"'],
			['content/handbooks/fixture-role.mdx:17: unknown clause "c-7" in standard "ab-01"'],
		],
	],
	[
		['duplicate-ids'],
		[
			['content/paths/fixture-role.yaml:', 'steps[3]: step "read ab-01" repeats steps[0]'],
			['content/glossary.yaml:', '[0].related[0]: unknown term "budget"'],
			['content/glossary.yaml:', '[1].term: "计划" is already the name of term 1'],
			['content/cases/fixture-case.mdx:', 'stages[1]: "planning" repeats stages[0]'],
		],
	],
	[
		['locked-patch-removes-clause'],
		[
			[
				'content/standards/ab-01/1.0.1.mdx: version: 1.0.1 is a patch release after 1.0.0, but its clause changes need a major release (§1.1 审批 removed)',
			],
		],
	],
	[
		['patch-removes-clause'],
		[
			[
				'content/standards/ab-01/1.0.1.mdx: version: 1.0.1 is a patch release after 1.0.0, but its clause changes need a major release (§1.1 审批 removed)',
			],
		],
	],
	[
		['history-out-of-order'],
		[
			['content/standards/ab-01/1.1.0.mdx: effective: expected a day on or after 2026-01-01', 'got 2025-06-01'],
			['content/standards/ab-01/1.1.0.mdx: status: superseded, but no newer released version supersedes it'],
		],
	],
	[
		['lock-entry-without-file'],
		[
			[
				'content/standards.lock.json: "ab-01@0.9.0": released version 0.9.0 has no file content/standards/ab-01/0.9.0.mdx',
				'retire it with status: retired',
			],
		],
	],
	[['clause-gap'], [['content/standards/ab-01/1.1.0.mdx: clauses: §1.3 "记录" follows §1.1; expected §1.2']]],
	[
		['removed-clause-history', 'cites-removed-clause'],
		[
			[
				'content/handbooks/fixture-role.mdx:15: clause "c-2" (§2 旧规定) was removed in AB-02 2.0.0',
				'pin the old text with "ab-02@1.0.0#c-2"',
			],
		],
	],
];

describe('the content check names file, line or field, and what was expected', () => {
	it.each(CASES)('%j', (scenarios, expected) => {
		const problems = check(...scenarios);
		for (const words of expected) {
			expect(
				problems.find((p) => words.every((w) => p.includes(w))),
				`no problem containing ${JSON.stringify(words)} in:\n${problems.join('\n')}`,
			).toBeDefined();
		}
	});
});

/**
 * `npm run build` starts Astro on the index built without the checks, and the check reuses it:
 * for sound content it must be the very index the check returns, and for every broken scenario
 * the check must list exactly what it lists without it.
 */
describe('the index built ahead of the check', () => {
	const scenarios = [[], ...CASES.map(([names]) => names), ['bom-crlf-long-lines'], ['removed-clause-history']];
	it.each(scenarios)('%j: same problems and, when sound, the same index', (...names) => {
		const files = content(...names);
		const input = { root: ROOT, files, today: TODAY };
		const plain = checkAndIndexContent(input);
		const unchecked = indexUnchecked(input);
		const reused = checkAndIndexContent({ ...input, unchecked });
		expect(reused.problems).toEqual(plain.problems);
		if (plain.problems.length === 0) {
			expect(unchecked.index).toEqual(plain.index);
			expect(reused.index).toBe(unchecked.index);
		}
	});
});

describe('the index memo kept between builds', () => {
	it('gives the same index and problems, and indexes only the files it has not seen', () => {
		const input = { root: ROOT, files: content('unnumbered-clause'), today: TODAY };
		const plain = indexUnchecked(input);
		const stored = new Map<string, StandardFileFacts>();
		let added = 0;
		const memo = {
			get: (key: string) => stored.get(key),
			set: (key: string, facts: StandardFileFacts) => (added++, stored.set(key, facts)),
		};
		const first = indexUnchecked({ ...input, memo });
		expect(added).toBeGreaterThan(0);
		const standards = added;
		const second = indexUnchecked({ ...input, memo });
		expect(added).toBe(standards);
		expect(first.index).toEqual(plain.index);
		expect(second.index).toEqual(plain.index);
		expect(second.problems).toEqual(plain.problems);
		expect(plain.problems.some((p) => p.includes('expected a clause number first'))).toBe(true);
	});
});

/**
 * The change report as Markdown, for a terminal, a file and a pull-request comment alike. Changed
 * words are `<del>`/`<ins>` (GitHub and GitLab render them; a terminal still reads them), and all
 * content text goes through `escapeHtml` so a clause can never inject markup into the comment.
 */
import type { Citation } from './citations.ts';
import { clauseLabel } from './clauses.ts';
import type { ChangeReport, Impact, Problem, VersionDiff } from './change-report.ts';
import { escapeHtml } from './html.ts';
import type { TextPart } from './version-diff.ts';

/** The hidden line that finds the report's comment again on the next push. */
export const REPORT_MARKER = '<!-- processbook:change-report -->';

/** Changed words with a few characters of context either side, on one line. */
export function inlineDiff(parts: readonly TextPart[], context = 12): string {
	const flat = (text: string) => escapeHtml(text.replace(/\s*\n\s*/g, ' ⏎ '));
	return parts
		.map((part, i) => {
			if (part.op === 'added') return `<ins>${flat(part.text)}</ins>`;
			if (part.op === 'removed') return `<del>${flat(part.text)}</del>`;
			const first = i === 0;
			const last = i === parts.length - 1;
			const text = part.text;
			if (text.length <= context * 2 + 1) return flat(text);
			if (first) return `…${flat(text.slice(-context))}`;
			if (last) return `${flat(text.slice(0, context))}…`;
			return `${flat(text.slice(0, context))} … ${flat(text.slice(-context))}`;
		})
		.join('');
}

/** Markdown-safe text: no HTML, and no character that would start emphasis, code, a link or a table cell. */
const md = (text: string) => text.replace(/[&<>]/g, (c) => escapeHtml(c)).replace(/([|*_`[\]\\])/g, '\\$1');
const clauseName = (code: string, number: string, title: string) => `${code} ${clauseLabel(number)} ${md(title)}`;

function diffSection(diff: VersionDiff): string[] {
	const heading = diff.from
		? `#### ${diff.code} ${diff.from.version} → ${diff.to.version} (${diff.to.status})`
		: `#### ${diff.code} ${diff.to.version} (${diff.to.status}, first version)`;
	const lines = [heading, ''];
	if (diff.bump) {
		const needs = diff.bump.required ? `its clause changes need at least a ${diff.bump.required} release` : 'no clause changed';
		lines.push(`Release rules: a ${diff.bump.step} step from ${diff.from?.version}; ${needs}.`, '');
	}
	if (diff.to.changes.length > 0) lines.push(`Changes stated in the file: ${diff.to.changes.map(md).join('; ')}`, '');
	const shown = diff.changes.filter((c) => c.kind !== 'unchanged');
	if (shown.length === 0) lines.push('No clause changed.');
	for (const change of shown) {
		if (change.kind === 'added') lines.push(`- **added** ${clauseName(diff.code, change.to.number, change.to.title)}`);
		else if (change.kind === 'removed')
			lines.push(
				`- **removed** ${clauseName(diff.code, change.from.number, change.from.title)}: <del>${md(change.from.text.slice(0, 80))}</del>`,
			);
		else {
			const verb = change.kind === 'moved' ? `**moved** from ${clauseLabel(change.from.number)} (#${change.from.id}) to` : '**reworded**';
			const title = change.title.some((p) => p.op !== 'same') ? ` title: ${inlineDiff(change.title)};` : '';
			const text = change.text.some((p) => p.op !== 'same') ? ` text: ${inlineDiff(change.text)}` : '';
			lines.push(`- ${verb} ${clauseName(diff.code, change.to.number, change.to.title)}${title}${text}`);
		}
	}
	return [...lines, ''];
}

const citationLine = (c: Citation) =>
	`- \`${c.file}:${c.line}\` ${c.kind.replace(/-/g, ' ')}, ${md(c.what)}${c.excerpt ? `: “${md(c.excerpt)}”` : ''}${CITED_BY[c.target.via](c)}`;
const CITED_BY: Record<Citation['target']['via'], (c: Citation) => string> = {
	ref: () => '',
	text: () => ' (cites it in the text)',
	dimension: () => ' (its dimension’s bands cite it)',
	wording: (c) => ` (repeats “${md(c.target.via === 'wording' ? c.target.phrase : '')}”, wording the new version changed)`,
};

function impactSection(impact: readonly Impact[]): string[] {
	if (impact.length === 0) return ['No changed or removed clause is cited anywhere else.', ''];
	return impact.flatMap((item) => {
		const what = item.clause
			? `${clauseName(item.code, item.clause.number, item.clause.title)} (#${item.clause.id}), ${item.change} in ${item.version}`
			: `${item.code} as a whole (new version ${item.version})`;
		const body =
			item.citations.length > 0
				? item.citations.map(
						(c) =>
							`${citationLine(c)} — ${c.base ? 'cited before this branch, which changed or removed the citation: check the new one' : 'check: may be stale'}`,
					)
				: ['- not cited by any quiz, checklist, handbook, case, assessment, glossary term or path'];
		return [`#### ${what}`, '', ...body, ''];
	});
}

function problemLines(problems: readonly Problem[], section: Problem['section'], none: string): string[] {
	const list = problems.filter((p) => p.section === section);
	if (list.length === 0) return [none, ''];
	return [...list.map((p) => `- ${p.level === 'error' ? '❌ error' : '⚠️ warning'}: ${md(p.message)}`), ''];
}

export function renderChangeReport(report: ChangeReport, context: { base: string; head: string; seedOverlap: string }): string {
	const errors = report.problems.filter((p) => p.level === 'error').length;
	const warnings = report.problems.length - errors;
	const plural = new Intl.PluralRules('en');
	const count = (n: number, word: string) => `${n} ${word}${plural.select(n) === 'one' ? '' : 's'}`;
	const lines = [
		REPORT_MARKER,
		`## Content change report`,
		'',
		`Compared \`${md(context.base)}\` with \`${md(context.head)}\`: **${count(errors, 'error')}, ${count(warnings, 'warning')}**.`,
		'',
		'### Standards and versions',
		'',
		...(report.events.length > 0
			? report.events.map((e) => `- ${e.code} (${e.standard}): ${md(e.text)}`)
			: ['No standard or version changed.']),
		'',
	];
	if (report.diffs.length > 0) lines.push('### Clause changes', '', ...report.diffs.flatMap(diffSection));
	lines.push('### Impact: content citing a changed or removed clause', '', ...impactSection(report.impact));
	lines.push(
		'### Release rules',
		'',
		...problemLines(
			report.problems,
			'release',
			report.diffs.length > 0 ? 'Every new version follows the release rules.' : 'No new version.',
		),
	);
	const lock = report.lock;
	lines.push('### Version lock', '');
	if (lock.added.length + lock.removed.length + lock.changed.length === 0) lines.push('No lock entry added or changed.');
	else if (lock.added.length > 0) lines.push(`Locked: ${lock.added.join(', ')}.`);
	lines.push('', ...problemLines(report.problems, 'lock', 'The lock matches every released version.'));
	lines.push('### References', '', ...problemLines(report.problems, 'references', 'Every clause reference resolves.'));
	lines.push(
		'### Traceability',
		'',
		`${report.coverage.covered} of ${report.coverage.clauses} current clauses are covered by a quiz question or checklist item; ${report.coverage.sourced} are traced to a source section.`,
		'',
		...problemLines(report.problems, 'traceability', 'Every clause is covered and traced.'),
	);
	lines.push('### Seed overlap', '', md(context.seedOverlap), '', ...problemLines(report.problems, 'seed-overlap', ''));
	const content = report.problems.filter((p) => p.section === 'content');
	if (content.length > 0) lines.push('### Content problems', '', ...problemLines(report.problems, 'content', ''));
	return `${lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim()}\n`;
}

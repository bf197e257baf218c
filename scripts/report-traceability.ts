/**
 * `npm run report:traceability`: every clause of every current standard with the quiz questions and
 * checklist items that cover it and the source section it comes from (content/traceability.yaml).
 * `--check` (part of `npm test`) fails when a clause is uncovered or has no source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { traceabilitySchema } from '../schemas/traceability.ts';
import { siteConfig } from '../src/config.ts';
import { splitFrontMatter } from '../src/lib/content-index.ts';
import { checklistCitations, traceability, type Citations, type SourceMap } from '../src/lib/traceability.ts';
import { getContentIndex } from '../src/content-source/content-source.ts';

const root = siteConfig.contentDir;
const index = getContentIndex();
const citations: Citations = { questions: new Map(), items: new Map() };
const add = (map: Map<string, string[]>, ref: string, what: string) => map.set(ref, [...(map.get(ref) ?? []), what]);

for (const name of readdirSync(join(root, 'quizzes')).filter((n) => n.endsWith('.yaml'))) {
	const quiz = parse(readFileSync(join(root, 'quizzes', name), 'utf8')) as { questions: { id: string; ref: string }[] };
	for (const q of quiz.questions) add(citations.questions, q.ref, `${name.replace(/\.yaml$/, '')}#${q.id}`);
}
for (const name of readdirSync(join(root, 'checklists')).filter((n) => n.endsWith('.mdx'))) {
	const body = splitFrontMatter(readFileSync(join(root, 'checklists', name), 'utf8'))?.body ?? '';
	for (const [ref, item] of checklistCitations(name.replace(/\.mdx$/, ''), body)) add(citations.items, ref, item);
}
const parsedSources = traceabilitySchema.safeParse(parse(readFileSync(join(root, 'traceability.yaml'), 'utf8')));
if (!parsedSources.success) {
	for (const issue of parsedSources.error.issues)
		console.error(`${root}/traceability.yaml: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
	process.exit(1);
}
const sources: SourceMap = parsedSources.data;
const rows = traceability([...index.standards.values()], citations, sources);

const check = process.argv.includes('--check');
if (!check) {
	console.log('| clause | title | quiz questions | checklist items | source |\n| --- | --- | --- | --- | --- |');
	for (const r of rows) {
		console.log(
			`| ${r.code} §${r.number} | ${r.title} | ${r.questions.join('<br>') || '–'} | ${r.items.join('<br>') || (r.covered ? '(via sub-clauses)' : '–')} | ${r.source ?? '–'} |`,
		);
	}
}
const uncovered = rows.filter((r) => !r.covered);
const unsourced = rows.filter((r) => !r.source);
const covered = rows.length - uncovered.length;
console.log(
	`\n${covered} of ${rows.length} clauses covered by a quiz question or checklist item; ${rows.length - unsourced.length} traced to a source section.`,
);
for (const r of uncovered)
	console.error(
		`  uncovered: ${r.code} §${r.number} ${r.title} (${r.standard}#${r.clause}): add a quiz question or checklist item that cites it`,
	);
for (const r of unsourced) console.error(`  no source: ${r.code} §${r.number} ${r.title}: add it to ${root}/traceability.yaml`);
if (check && (uncovered.length > 0 || unsourced.length > 0)) process.exit(1);

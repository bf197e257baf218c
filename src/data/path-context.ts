/** What path progress is computed against, built once per build: current versions, checklist items, quiz coverage. */
import { render } from 'astro:content';
import type { PathContext } from '../lib/path-progress.ts';
import { getCatalog } from './catalog.ts';
import { currentVersions } from './quiz-data.ts';

let context: Promise<PathContext> | undefined;

async function build(): Promise<PathContext> {
	const catalog = await getCatalog();
	const checklists: Record<string, string[]> = {};
	for (const checklist of catalog.checklists) {
		const { remarkPluginFrontmatter } = await render(checklist);
		checklists[checklist.id] = (remarkPluginFrontmatter.checklistItemIds as string[] | undefined) ?? [];
	}
	const quizzes: PathContext['quizzes'] = {};
	for (const quiz of catalog.quizzes) quizzes[quiz.id] = await currentVersions(quiz);
	return { standards: Object.fromEntries(catalog.standards.map((s) => [s.id, s.current.data.version])), checklists, quizzes };
}

export function getPathContext(): Promise<PathContext> {
	context ??= build();
	return context;
}

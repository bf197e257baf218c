/**
 * What path progress is computed against, built once per build: current versions, checklist items,
 * quiz coverage. A page embeds only the part its steps need, so it does not grow with the library.
 */
import { render } from 'astro:content';
import type { PathData } from '../../schemas/path.ts';
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

/** The context the given steps read: their standards, checklists and quizzes only. */
export async function pathContextFor(steps: readonly PathData['steps'][number][]): Promise<PathContext> {
	const all = await getPathContext();
	const part: PathContext = { standards: {}, checklists: {}, quizzes: {} };
	for (const { kind, target } of steps) {
		if (kind === 'read' && all.standards[target] !== undefined) part.standards[target] = all.standards[target];
		if (kind === 'checklist' && all.checklists[target] !== undefined) part.checklists[target] = all.checklists[target];
		if (kind === 'quiz' && all.quizzes[target] !== undefined) part.quizzes[target] = all.quizzes[target];
	}
	return part;
}

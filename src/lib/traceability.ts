/**
 * Traceability: every clause of every current standard, with the quiz questions and checklist
 * items that cover it and the source section it was written from. A chapter counts as covered
 * when it or any of its sub-clauses is.
 */
import type { IndexedStandard } from './content-index.ts';

export interface Coverage {
	standard: string;
	code: string;
	clause: string;
	number: string;
	title: string;
	/** `quiz-id#question-id` */
	questions: string[];
	/** `checklist-id: item text` */
	items: string[];
	source: string | undefined;
	covered: boolean;
}

export interface Citations {
	/** `sc-01#c-2-3` → covering ids. */
	questions: Map<string, string[]>;
	items: Map<string, string[]>;
}

/** Source sections, by standard and chapter anchor: `{ 'sc-01': { 'c-2': '000 …, 一、需求分析' } }`. */
export type SourceMap = Record<string, Record<string, string>>;

/** Reads `[](std:sc-01#c-2-3)` citations from the task items of a checklist body. */
export function checklistCitations(checklistId: string, body: string): [ref: string, item: string][] {
	return body.split('\n').flatMap((line) => {
		const item = /^\s*[-*+] \[[ xX]\]\s+(.*)$/.exec(line)?.[1];
		if (!item) return [];
		const text = item.replace(/\[[^\]]*\]\([^)]*\)/g, '').trim();
		return [...item.matchAll(/\]\(std:([a-z0-9-]+#[a-z0-9-]+)\)/g)].map((m) => [m[1]!, `${checklistId}: ${text}`] as [string, string]);
	});
}

export function traceability(standards: readonly IndexedStandard[], citations: Citations, sources: SourceMap): Coverage[] {
	return standards.flatMap((standard) => {
		const rows = standard.current.clauses.map((clause): Coverage => {
			const ref = `${standard.id}#${clause.id}`;
			const chapter = `c-${clause.number.split('.')[0]}`;
			const questions = citations.questions.get(ref) ?? [];
			const items = citations.items.get(ref) ?? [];
			return {
				standard: standard.id,
				code: standard.code,
				clause: clause.id,
				number: clause.number,
				title: clause.title,
				questions,
				items,
				source: sources[standard.id]?.[clause.id] ?? sources[standard.id]?.[chapter],
				covered: questions.length + items.length > 0,
			};
		});
		// A chapter is covered through its sections.
		return rows.map((row) =>
			row.covered || row.number.includes('.')
				? row
				: { ...row, covered: rows.some((r) => r.covered && r.number.startsWith(`${row.number}.`)) },
		);
	});
}

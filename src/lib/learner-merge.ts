/**
 * Importing learner data without losing any: what a file holds, what merging it would add or
 * update, and what replacing would delete, before anything is written. Merging is a union of
 * items (a checklist, a read receipt, a quiz attempt, an assessment result…); where both sides
 * hold the same item, the newer one wins (by its own date); what the file lacks stays as it was.
 */
import type { AssessmentStore } from './assessment-history.ts';
import type { ChecklistStore } from './checklist-progress.ts';
import type { Profile } from './profile.ts';
import type { QuizStore } from './quiz-history.ts';
import type { ReceiptStore } from './read-receipts.ts';

export interface LearnerStores {
	checklists?: ChecklistStore;
	receipts?: ReceiptStore;
	quizzes?: QuizStore;
	profile?: Profile;
	assessments?: AssessmentStore;
}

/** One item: a key unique within its kind, a date to compare (ISO, or '' when it has none) and a fingerprint of its content. */
interface Item {
	key: string;
	stamp: string;
	content: string;
}

export const ITEM_KINDS = ['checklists', 'receipts', 'quizzes', 'assessments', 'profile'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

function items(kind: ItemKind, stores: LearnerStores): Item[] {
	switch (kind) {
		case 'checklists':
			return Object.entries(stores.checklists?.lists ?? {}).map(([id, list]) => ({
				key: id,
				stamp: list.updated,
				content: JSON.stringify([...list.ticked].sort()),
			}));
		case 'receipts':
			return Object.entries(stores.receipts?.standards ?? {}).map(([id, r]) => ({ key: id, stamp: r.readAt, content: r.version }));
		case 'quizzes':
			return (stores.quizzes?.attempts ?? []).map((a) => ({ key: `${a.quiz}@${a.at}`, stamp: a.at, content: JSON.stringify(a) }));
		case 'assessments':
			return (stores.assessments?.results ?? []).map((r) => ({
				key: `${r.assessment}@${r.at}`,
				stamp: r.at,
				content: JSON.stringify(r.answers),
			}));
		case 'profile': {
			const p = stores.profile;
			return [
				...(p?.role ? [{ key: 'role', stamp: '', content: p.role }] : []),
				...(p?.name ? [{ key: 'name', stamp: '', content: p.name }] : []),
			];
		}
	}
}

export interface KindChange {
	/** Items the file holds. */
	inFile: number;
	/** Items the file holds that this browser lacks. */
	added: number;
	/** Items both hold, where the file's copy is newer and differs. */
	updated: number;
	/** Items of this browser the merge leaves as they are. */
	kept: number;
	/** Items of this browser that replacing would delete or overwrite with the file's copy. */
	lost: number;
}

/** What merging or replacing would do, per kind of item. */
export function previewImport(local: LearnerStores, file: LearnerStores): Record<ItemKind, KindChange> {
	const result = {} as Record<ItemKind, KindChange>;
	for (const kind of ITEM_KINDS) {
		const mine = new Map(items(kind, local).map((i) => [i.key, i]));
		const theirs = items(kind, file);
		let added = 0;
		let updated = 0;
		for (const item of theirs) {
			const own = mine.get(item.key);
			if (!own) added++;
			else if (own.content !== item.content && wins(item, own)) updated++;
		}
		const fileKeys = new Map(theirs.map((i) => [i.key, i]));
		// Replacing only touches the kinds the file holds; within them, every item of ours not identical in the file is lost.
		const replaces = kindInFile(kind, file);
		const lost = replaces ? [...mine.values()].filter((i) => fileKeys.get(i.key)?.content !== i.content).length : 0;
		result[kind] = { inFile: theirs.length, added, updated, kept: mine.size - updated, lost };
	}
	return result;
}

function kindInFile(kind: ItemKind, file: LearnerStores): boolean {
	return file[kind] !== undefined;
}

/** The file's copy wins when it is newer; without dates (profile), the browser's own value stays. */
function wins(theirs: Item, own: Item): boolean {
	return theirs.stamp !== '' && theirs.stamp > own.stamp;
}

/** Union of both sides, the newer copy of each item winning; stores the file lacks are left out (unchanged). */
export function mergeStores(local: LearnerStores, file: LearnerStores): LearnerStores {
	const out: LearnerStores = {};
	if (file.checklists) {
		const lists = { ...local.checklists?.lists };
		for (const [id, list] of Object.entries(file.checklists.lists)) {
			const own = Object.hasOwn(lists, id) ? lists[id] : undefined;
			if (!own || list.updated > own.updated) lists[id] = list;
		}
		out.checklists = { ...local.checklists, ...file.checklists, lists };
	}
	if (file.receipts) {
		const standards = { ...local.receipts?.standards };
		for (const [id, receipt] of Object.entries(file.receipts.standards)) {
			const own = Object.hasOwn(standards, id) ? standards[id] : undefined;
			if (!own || receipt.readAt > own.readAt) standards[id] = receipt;
		}
		out.receipts = { ...local.receipts, ...file.receipts, standards };
	}
	if (file.quizzes) {
		const byKey = new Map((local.quizzes?.attempts ?? []).map((a) => [`${a.quiz}@${a.at}`, a]));
		for (const a of file.quizzes.attempts) if (!byKey.has(`${a.quiz}@${a.at}`)) byKey.set(`${a.quiz}@${a.at}`, a);
		const drafts = { ...local.quizzes?.drafts };
		for (const [id, draft] of Object.entries(file.quizzes.drafts ?? {})) {
			const own = Object.hasOwn(drafts, id) ? drafts[id] : undefined;
			if (!own || draft.startedAt > own.startedAt) drafts[id] = draft;
		}
		const attempts = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
		out.quizzes = Object.keys(drafts).length > 0 ? { attempts, drafts } : { attempts };
	}
	if (file.assessments) {
		const byKey = new Map((local.assessments?.results ?? []).map((r) => [`${r.assessment}@${r.at}`, r]));
		for (const r of file.assessments.results) if (!byKey.has(`${r.assessment}@${r.at}`)) byKey.set(`${r.assessment}@${r.at}`, r);
		// Drafts carry no date: this browser's own draft stays; the file's fills the gaps.
		const drafts = { ...file.assessments.drafts, ...local.assessments?.drafts };
		out.assessments = { results: [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at)), drafts };
	}
	if (file.profile) {
		const own = local.profile;
		const name = own?.name ?? file.profile.name;
		out.profile = { role: own?.role ?? file.profile.role, ...(name !== undefined ? { name } : {}) };
	}
	return out;
}

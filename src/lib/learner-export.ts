/**
 * All learner data as one JSON file, and back. An import is checked whole before anything is
 * written: one unreadable part refuses the file and leaves the browser's data as it was. Part
 * names are looked up as own entries only (a part named `constructor` is unknown, not a crash), and
 * unreadable data in the browser is set aside before an import replaces it.
 */
import * as z from 'zod/mini';
import { ASSESSMENT_STORE_KEY, assessmentStoreSchema } from './assessment-history.ts';
import { CHECKLIST_STORE_KEY, checklistStoreSchema } from './checklist-progress.ts';
import { own, readStore, storageProblem, type Parser, type StorageLike } from './learner-store.ts';
import { PROFILE_STORE_KEY, profileSchema } from './profile.ts';
import { QUIZ_STORE_KEY, quizStoreSchema } from './quiz-history.ts';
import { RECEIPT_STORE_KEY, receiptStoreSchema } from './read-receipts.ts';

export const EXPORT_FORMAT = 'processbook-learner-data';

/** Every kind of learner data: its storage key and schema. */
export const LEARNER_STORES: Record<string, { key: string; schema: Parser<unknown> }> = {
	checklists: { key: CHECKLIST_STORE_KEY, schema: checklistStoreSchema },
	receipts: { key: RECEIPT_STORE_KEY, schema: receiptStoreSchema },
	quizzes: { key: QUIZ_STORE_KEY, schema: quizStoreSchema },
	profile: { key: PROFILE_STORE_KEY, schema: profileSchema },
	assessments: { key: ASSESSMENT_STORE_KEY, schema: assessmentStoreSchema },
};

const exportSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	version: z.literal(1),
	exportedAt: z.string(),
	data: z.record(z.string(), z.unknown()),
});

export type LearnerExport = z.infer<typeof exportSchema>;

/** Reads every store that holds readable data. */
export function exportLearnerData(storage: StorageLike, now: Date = new Date()): LearnerExport {
	const data: Record<string, unknown> = {};
	for (const [name, { key, schema }] of Object.entries(LEARNER_STORES)) {
		try {
			const parsed = schema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
			if (parsed.success) data[name] = parsed.data;
		} catch {
			// Unreadable data is not exported; the page showing it has already set it aside.
		}
	}
	return { format: EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), data };
}

/** `problem`: `not-json`, `not-an-export`, `unknown:<part>`, `invalid:<part>`, `quota` (storage full) or `storage` (not allowed). */
export type ImportResult = { ok: true; kinds: string[] } | { ok: false; problem: string };

export type ParsedFile = { ok: true; stores: Record<string, unknown> } | { ok: false; problem: string };

/** Checks a whole export file: every part must be a known store that its schema accepts. */
export function parseLearnerFile(text: string): ParsedFile {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	const file = exportSchema.safeParse(json);
	if (!file.success) return { ok: false, problem: 'not-an-export' };
	const stores: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(file.data.data)) {
		const store = own(LEARNER_STORES, name);
		if (!store) return { ok: false, problem: `unknown:${name}` };
		const parsed = store.schema.safeParse(value);
		if (!parsed.success) return { ok: false, problem: `invalid:${name}` };
		stores[name] = parsed.data;
	}
	return { ok: true, stores };
}

/** Validates the whole file, then replaces each store it contains. */
export function importLearnerData(storage: StorageLike, text: string): ImportResult {
	const file = parseLearnerFile(text);
	if (!file.ok) return file;
	return writeLearnerStores(storage, file.stores);
}

/** Writes whole stores (name → value), all or nothing: on a refusal the earlier ones are put back. */
export function writeLearnerStores(storage: StorageLike, stores: Record<string, unknown>): ImportResult {
	const writes: [string, unknown][] = Object.entries(stores).flatMap(([name, value]) => {
		const store = own(LEARNER_STORES, name);
		return store ? [[store.key, value] as [string, unknown]] : [];
	});
	// Unreadable data the import would replace is set aside first; if it cannot be, nothing is written.
	for (const { key, schema } of Object.values(LEARNER_STORES)) {
		if (!writes.some(([k]) => k === key)) continue;
		const read = readStore(storage, key, schema, () => null);
		if (read.status === 'read-only') return { ok: false, problem: read.problem === 'quota' ? 'quota' : 'storage' };
		if (read.status === 'unavailable') return { ok: false, problem: 'storage' };
	}
	let before: (readonly [string, string | null])[] = [];
	let problem = 'storage';
	try {
		before = writes.map(([key]) => [key, storage.getItem(key)] as const);
		for (const [key, value] of writes) storage.setItem(key, JSON.stringify(value));
	} catch (error) {
		problem = storageProblem(error) === 'quota' ? 'quota' : 'storage';
		// Put back what was there, as far as the browser lets us: an import is all or nothing.
		for (const [key, value] of before) {
			try {
				if (value === null) storage.removeItem(key);
				else storage.setItem(key, value);
			} catch {
				// Nothing more can be done; the caller reports the storage problem.
			}
		}
		return { ok: false, problem };
	}
	return { ok: true, kinds: writes.map(([key]) => key) };
}

/** Removes every learner store (not the set-aside copies of unreadable data). */
export function clearLearnerData(storage: StorageLike): boolean {
	let ok = true;
	for (const { key } of Object.values(LEARNER_STORES)) {
		try {
			storage.removeItem(key);
		} catch {
			ok = false;
		}
	}
	return ok;
}

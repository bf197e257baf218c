/** Self-assessment results and in-progress answers in the learner data. */
import * as z from 'zod/mini';
import type { Answers } from './assessment-scoring.ts';
import { isoDateTime } from './learner-schema.ts';
import {
	readStore,
	storeKey,
	updateStore,
	withOwn,
	writeStore,
	type ReadResult,
	type StorageLike,
	type WriteResult,
} from './learner-store.ts';

export const ASSESSMENT_STORE_KEY = storeKey('assessments', 1);
export const RESULTS_KEPT = 20;

const answers = z.record(z.string(), z.union([z.number().check(z.int(), z.minimum(1), z.maximum(9)), z.literal('na')]));

export const assessmentStoreSchema = z.object({
	results: z.array(z.object({ assessment: z.string(), at: isoDateTime, answers })),
	/** Answers given so far, per assessment, so a reload does not lose them. */
	drafts: z.record(z.string(), answers),
});

export type AssessmentStore = z.infer<typeof assessmentStoreSchema>;
export type AssessmentResult = AssessmentStore['results'][number];

export const emptyAssessmentStore = (): AssessmentStore => ({ results: [], drafts: {} });

export function readAssessments(storage: StorageLike | undefined): ReadResult<AssessmentStore> {
	return readStore(storage, ASSESSMENT_STORE_KEY, assessmentStoreSchema, emptyAssessmentStore);
}

export function writeAssessments(storage: StorageLike | undefined, store: AssessmentStore): WriteResult {
	return writeStore(storage, ASSESSMENT_STORE_KEY, store, assessmentStoreSchema);
}

/** Applies a change to the assessments as stored now and writes them (see updateStore). */
export function updateAssessments(storage: StorageLike | undefined, change: (store: AssessmentStore) => AssessmentStore) {
	return updateStore(storage, ASSESSMENT_STORE_KEY, assessmentStoreSchema, emptyAssessmentStore, change);
}

export function saveDraft(store: AssessmentStore, id: string, draft: Answers): AssessmentStore {
	return { ...store, drafts: withOwn(store.drafts, id, draft) };
}

/** Merges two tabs' data: every result of either (one per assessment and time); a draft from `b` (the newer write) wins. */
export function mergeAssessments(a: AssessmentStore, b: AssessmentStore): AssessmentStore {
	const seen = new Set<string>();
	const all = [...a.results, ...b.results].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
	let results: AssessmentResult[] = [];
	for (const result of all) {
		const id = JSON.stringify([result.assessment, result.at]);
		if (seen.has(id)) continue;
		seen.add(id);
		results = [
			...results.filter((r) => r.assessment !== result.assessment),
			...[...results.filter((r) => r.assessment === result.assessment), result].slice(-RESULTS_KEPT),
		];
	}
	let drafts = { ...a.drafts };
	for (const [id, draft] of Object.entries(b.drafts)) drafts = withOwn(drafts, id, draft);
	return { results, drafts };
}

/** Records a result and clears the draft it came from. */
export function addResult(store: AssessmentStore, id: string, result: Answers, at: Date = new Date()): AssessmentStore {
	const mine = [...store.results.filter((r) => r.assessment === id), { assessment: id, at: at.toISOString(), answers: result }].slice(
		-RESULTS_KEPT,
	);
	let drafts: AssessmentStore['drafts'] = {};
	for (const [key, draft] of Object.entries(store.drafts)) if (key !== id) drafts = withOwn(drafts, key, draft);
	return { results: [...store.results.filter((r) => r.assessment !== id), ...mine], drafts };
}

/** Newest first. */
export function resultsOf(store: AssessmentStore, id: string): AssessmentResult[] {
	return store.results.filter((r) => r.assessment === id).sort((a, b) => b.at.localeCompare(a.at));
}

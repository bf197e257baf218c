/** Self-assessment results and in-progress answers in the learner data. */
import * as z from 'zod/mini';
import type { Answers } from './assessment-scoring.ts';
import { readStore, storeKey, writeStore, type ReadResult, type StorageLike } from './learner-store.ts';

export const ASSESSMENT_STORE_KEY = storeKey('assessments', 1);
export const RESULTS_KEPT = 20;

const answers = z.record(z.string(), z.union([z.number().check(z.int(), z.minimum(1), z.maximum(9)), z.literal('na')]));

export const assessmentStoreSchema = z.object({
	results: z.array(z.object({ assessment: z.string(), at: z.string(), answers })),
	/** Answers given so far, per assessment, so a reload does not lose them. */
	drafts: z.record(z.string(), answers),
});

export type AssessmentStore = z.infer<typeof assessmentStoreSchema>;
export type AssessmentResult = AssessmentStore['results'][number];

export const emptyAssessmentStore = (): AssessmentStore => ({ results: [], drafts: {} });

export function readAssessments(storage: StorageLike | undefined): ReadResult<AssessmentStore> {
	return readStore(storage, ASSESSMENT_STORE_KEY, assessmentStoreSchema, emptyAssessmentStore);
}

export function writeAssessments(storage: StorageLike | undefined, store: AssessmentStore): boolean {
	return writeStore(storage, ASSESSMENT_STORE_KEY, store);
}

export function saveDraft(store: AssessmentStore, id: string, draft: Answers): AssessmentStore {
	return { ...store, drafts: { ...store.drafts, [id]: draft } };
}

/** Records a result and clears the draft it came from. */
export function addResult(store: AssessmentStore, id: string, result: Answers, at: Date = new Date()): AssessmentStore {
	const mine = [...store.results.filter((r) => r.assessment === id), { assessment: id, at: at.toISOString(), answers: result }].slice(-RESULTS_KEPT);
	const drafts = { ...store.drafts };
	delete drafts[id];
	return { results: [...store.results.filter((r) => r.assessment !== id), ...mine], drafts };
}

/** Newest first. */
export function resultsOf(store: AssessmentStore, id: string): AssessmentResult[] {
	return store.results.filter((r) => r.assessment === id).sort((a, b) => b.at.localeCompare(a.at));
}

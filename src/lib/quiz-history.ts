/**
 * Quiz attempts in the learner data: what was drawn (the seed and orders), what was answered,
 * the result, and the standard versions the quiz covered at the time, so a pass can go stale
 * when a standard gets a new version.
 */
import * as z from 'zod/mini';
import { count, isoDateTime, versionNumber } from './learner-schema.ts';
import { own, readStore, storeKey, updateStore, writeStore, type ReadResult, type StorageLike, type WriteResult } from './learner-store.ts';
import type { Translator } from './format.ts';
import { compareVersions } from './versions.ts';

export const QUIZ_STORE_KEY = storeKey('quizzes', 1);
/** Attempts kept per quiz; older ones drop off. */
export const ATTEMPTS_KEPT = 20;

const answer = z.discriminatedUnion('type', [
	z.object({ type: z.literal('single'), choice: z.nullable(z.string()) }),
	z.object({ type: z.literal('multiple'), choices: z.array(z.string()) }),
	z.object({ type: z.literal('true-false'), choice: z.nullable(z.boolean()) }),
	z.object({ type: z.literal('ordering'), order: z.array(z.string()) }),
	z.object({ type: z.literal('matching'), matches: z.record(z.string(), z.nullable(z.string())) }),
]);

export const attemptSchema = z.object({
	quiz: z.string(),
	/** ISO time of submission; also the attempt's id. */
	at: isoDateTime,
	seed: z.number(),
	questions: z.array(z.string()),
	order: z.record(z.string(), z.array(z.string())),
	answers: z.record(z.string(), answer),
	score: count,
	max: count,
	percent: z.number().check(z.minimum(0), z.maximum(100)),
	passed: z.boolean(),
	/** Standard id → version in force when the attempt was taken. */
	versions: z.record(z.string(), versionNumber),
	/** The quiz's pass mark (0–1) when the attempt was taken; older attempts lack it. */
	passMark: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});

/**
 * An attempt being answered, kept on every change so a reload does not lose it. `practice`: a
 * retry of the questions answered wrongly, which is never graded as a pass nor recorded.
 * `touched`: ordering questions the learner rearranged (an untouched order counts as unanswered).
 */
export const draftSchema = z.object({
	seed: z.number(),
	questions: z.array(z.string()),
	order: z.record(z.string(), z.array(z.string())),
	answers: z.record(z.string(), answer),
	practice: z.boolean(),
	touched: z.array(z.string()),
	startedAt: isoDateTime,
});

export const quizStoreSchema = z.object({
	attempts: z.array(attemptSchema),
	/** Quiz id → the attempt in progress. Optional so data written before it existed stays readable. */
	drafts: z.optional(z.record(z.string(), draftSchema)),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type QuizDraft = z.infer<typeof draftSchema>;
export type QuizStore = z.infer<typeof quizStoreSchema>;

export const emptyQuizStore = (): QuizStore => ({ attempts: [] });

export function readQuizzes(storage: StorageLike | undefined): ReadResult<QuizStore> {
	return readStore(storage, QUIZ_STORE_KEY, quizStoreSchema, emptyQuizStore);
}

export function writeQuizzes(storage: StorageLike | undefined, store: QuizStore): WriteResult {
	return writeStore(storage, QUIZ_STORE_KEY, store, quizStoreSchema);
}

/** Applies a change to the attempts as stored now and writes them (see updateStore). */
export function updateQuizzes(storage: StorageLike | undefined, change: (store: QuizStore) => QuizStore) {
	return updateStore(storage, QUIZ_STORE_KEY, quizStoreSchema, emptyQuizStore, change);
}

/** Merges two tabs' attempts: every attempt of either (one per quiz and time), newest ATTEMPTS_KEPT per quiz. */
export function mergeQuizzes(a: QuizStore, b: QuizStore): QuizStore {
	let out: QuizStore = { attempts: [] };
	const seen = new Set<string>();
	for (const attempt of [...a.attempts, ...b.attempts].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))) {
		const id = JSON.stringify([attempt.quiz, attempt.at]);
		if (seen.has(id)) continue;
		seen.add(id);
		out = addAttempt(out, attempt);
	}
	// Attempts in progress: the later one of a quiz, unless an attempt was submitted since it started.
	const drafts: Record<string, QuizDraft> = {};
	for (const [quiz, draft] of [...Object.entries(a.drafts ?? {}), ...Object.entries(b.drafts ?? {})]) {
		const other = own(drafts, quiz);
		if (other && other.startedAt >= draft.startedAt) continue;
		if (!draft.practice && out.attempts.some((x) => x.quiz === quiz && x.at >= draft.startedAt)) continue;
		Object.defineProperty(drafts, quiz, { value: draft, enumerable: true, configurable: true, writable: true });
	}
	return Object.keys(drafts).length > 0 ? { ...out, drafts } : out;
}

/** Adds an attempt, keeping the newest ATTEMPTS_KEPT per quiz. */
export function addAttempt(store: QuizStore, attempt: Attempt): QuizStore {
	const mine = [...store.attempts.filter((a) => a.quiz === attempt.quiz), attempt].slice(-ATTEMPTS_KEPT);
	return { ...store, attempts: [...store.attempts.filter((a) => a.quiz !== attempt.quiz), ...mine] };
}

export function saveQuizDraft(store: QuizStore, quizId: string, draft: QuizDraft): QuizStore {
	return { ...store, drafts: { ...store.drafts, [quizId]: draft } };
}

export function clearQuizDraft(store: QuizStore, quizId: string): QuizStore {
	const drafts = { ...store.drafts };
	delete drafts[quizId];
	return { ...store, drafts };
}

/** The attempt in progress, if any (own property only: ids come from the page, data from storage). */
export function draftOf(store: QuizStore, quizId: string): QuizDraft | undefined {
	return store.drafts && Object.hasOwn(store.drafts, quizId) ? store.drafts[quizId] : undefined;
}

export function attemptsOf(store: QuizStore, quizId: string): Attempt[] {
	return store.attempts.filter((a) => a.quiz === quizId).sort((a, b) => b.at.localeCompare(a.at));
}

export type QuizStatus =
	| { state: 'not-taken' }
	/** Not passed yet, and a graded attempt is under way (not a practice retry). */
	| { state: 'in-progress'; startedAt: string }
	| { state: 'failed'; last: Attempt }
	| { state: 'passed'; pass: Attempt }
	/** Passed, but a covered standard has a newer version than when the pass was taken. */
	| { state: 'stale'; pass: Attempt; changed: { standard: string; from: string; to: string }[] };

/** `current`: standard id → version in force now, for the standards the quiz covers. */
export function quizStatus(store: QuizStore, quizId: string, current: Record<string, string>): QuizStatus {
	const attempts = attemptsOf(store, quizId);
	const pass = attempts.find((a) => a.passed);
	if (!pass) {
		const draft = draftOf(store, quizId);
		if (draft && !draft.practice) return { state: 'in-progress', startedAt: draft.startedAt };
		return attempts[0] ? { state: 'failed', last: attempts[0] } : { state: 'not-taken' };
	}
	const changed = Object.entries(current).flatMap(([standard, now]) => {
		const then = own(pass.versions, standard);
		// A version that cannot be compared (only reachable by hand-made data) counts as changed.
		const older = (() => {
			try {
				return compareVersions(then ?? '', now) < 0;
			} catch {
				return true;
			}
		})();
		return then && older ? [{ standard, from: then, to: now }] : [];
	});
	return changed.length > 0 ? { state: 'stale', pass, changed } : { state: 'passed', pass };
}

/** Questions of an attempt that were not fully right, for "retry wrong answers". */
export function wrongQuestions(attempt: Attempt, results: { id: string; correct: boolean }[]): string[] {
	return attempt.questions.filter((id) => results.find((r) => r.id === id)?.correct === false);
}

/** The UI strings of a quiz's status on index and path pages, by i18n key; `{date}` and `{percent}` are filled in. */
export const QUIZ_STATUS_KEYS = [
	'quiz.statusNotTaken',
	'quiz.statusInProgress',
	'quiz.statusFailedShort',
	'quiz.statusPassedShort',
	'quiz.statusStaleShort',
] as const;
export type QuizStatusKey = (typeof QUIZ_STATUS_KEYS)[number];

/** One line saying where the learner stands with a quiz, e.g. "passed on 3 May 2026 (90%)". */
export function describeQuizStatus(status: QuizStatus, t: Translator<QuizStatusKey>, formatDate: (iso: string) => string): string {
	switch (status.state) {
		case 'not-taken':
			return t('quiz.statusNotTaken');
		case 'in-progress':
			return t('quiz.statusInProgress', { date: formatDate(status.startedAt) });
		case 'failed':
			return t('quiz.statusFailedShort', { date: formatDate(status.last.at), percent: status.last.percent });
		case 'passed':
			return t('quiz.statusPassedShort', { date: formatDate(status.pass.at), percent: status.pass.percent });
		case 'stale':
			return t('quiz.statusStaleShort', { date: formatDate(status.pass.at), percent: status.pass.percent });
	}
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addResult,
	ASSESSMENT_STORE_KEY,
	assessmentStoreSchema,
	emptyAssessmentStore,
	readAssessments,
	RESULTS_KEPT,
	resultsOf,
	saveDraft,
	writeAssessments,
	type AssessmentResult,
	type AssessmentStore,
} from '../../src/lib/assessment-history.ts';
import { MemoryStorage } from './memory-storage.ts';

/** A result at minute `minute` of 2026-03-01, so `at` sorts with the minute. */
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
function result(assessment: string, minute: number, answers: AssessmentResult['answers'] = { a1: 3 }): AssessmentResult {
	return { assessment, at: at(minute).toISOString(), answers };
}
const minutes = (results: AssessmentResult[]) => results.map((r) => new Date(r.at).getUTCMinutes());

afterEach(() => {
	vi.restoreAllMocks();
});

describe('store key and storage', () => {
	it('uses a versioned key and keeps 20 results per assessment', () => {
		expect(ASSESSMENT_STORE_KEY).toBe('processbook:assessments:v1');
		expect(RESULTS_KEPT).toBe(20);
		expect(emptyAssessmentStore()).toEqual({ results: [], drafts: {} });
	});

	it('writes and reads back a store with results, drafts and n/a', () => {
		const storage = new MemoryStorage();
		const store: AssessmentStore = { results: [result('team', 1, { a1: 1, a2: 'na', a3: 9 })], drafts: { solo: { s1: 'na', s2: 5 } } };
		expect(writeAssessments(storage, store)).toEqual({ ok: true });
		expect(JSON.parse(storage.data.get(ASSESSMENT_STORE_KEY)!)).toEqual(store);
		expect(readAssessments(storage)).toEqual({ status: 'ok', value: store, setAside: [] });
	});

	it('reads a missing store as empty, and no storage as unavailable', () => {
		expect(readAssessments(new MemoryStorage())).toEqual({ status: 'empty', value: { results: [], drafts: {} }, setAside: [] });
		expect(readAssessments(undefined)).toEqual({ status: 'unavailable', value: { results: [], drafts: {} }, setAside: [] });
		const blocked = new MemoryStorage();
		blocked.failGet = true;
		expect(readAssessments(blocked)).toEqual({ status: 'unavailable', value: { results: [], drafts: {} }, setAside: [] });
	});

	it('reports a write the browser refuses', () => {
		const blocked = new MemoryStorage();
		blocked.failSet = true;
		expect(writeAssessments(blocked, emptyAssessmentStore())).toMatchObject({ ok: false });
		expect(writeAssessments(undefined, emptyAssessmentStore())).toMatchObject({ ok: false });
	});

	it.each([
		['a rating of 0 in a result', { results: [result('team', 1, { a1: 0 })], drafts: {} }],
		['a rating of 10 in a result', { results: [result('team', 1, { a1: 10 })], drafts: {} }],
		['a rating of "x" in a result', { results: [{ ...result('team', 1), answers: { a1: 'x' } }], drafts: {} }],
		['a fractional rating in a result', { results: [result('team', 1, { a1: 2.5 })], drafts: {} }],
		['a rating of 0 in a draft', { results: [], drafts: { team: { a1: 0 } } }],
		['a rating of 10 in a draft', { results: [], drafts: { team: { a1: 10 } } }],
		['a rating of "x" in a draft', { results: [], drafts: { team: { a1: 'x' } } }],
		['a store without drafts', { results: [] }],
		['a result without a time', { results: [{ assessment: 'team', answers: {} }], drafts: {} }],
	])('refuses %s and sets the stored text aside', (_, bad) => {
		vi.spyOn(Date, 'now').mockReturnValue(1_772_000_000_000);
		const raw = JSON.stringify(bad);
		expect(assessmentStoreSchema.safeParse(bad).success).toBe(false);
		const storage = new MemoryStorage({ [ASSESSMENT_STORE_KEY]: raw });
		expect(readAssessments(storage)).toEqual({
			status: 'set-aside',
			value: { results: [], drafts: {} },
			movedTo: 'processbook:assessments:v1:unreadable:1772000000000',
			setAside: ['processbook:assessments:v1:unreadable:1772000000000'],
		});
		expect(storage.snapshot()).toEqual({ 'processbook:assessments:v1:unreadable:1772000000000': raw });
	});

	it('sets aside text that is not JSON', () => {
		vi.spyOn(Date, 'now').mockReturnValue(5);
		const storage = new MemoryStorage({ [ASSESSMENT_STORE_KEY]: '{results:' });
		expect(readAssessments(storage)).toEqual({
			status: 'set-aside',
			value: { results: [], drafts: {} },
			movedTo: 'processbook:assessments:v1:unreadable:5',
			setAside: ['processbook:assessments:v1:unreadable:5'],
		});
		expect(storage.snapshot()).toEqual({ 'processbook:assessments:v1:unreadable:5': '{results:' });
	});

	it('accepts ratings 1 and 9 and n/a, the bounds of any scale', () => {
		expect(
			assessmentStoreSchema.safeParse({
				results: [result('team', 1, { a1: 1, a2: 9, a3: 'na' })],
				drafts: { team: { a1: 1, a2: 9, a3: 'na' } },
			}).success,
		).toBe(true);
	});
});

describe('saveDraft', () => {
	it('stores the answers so far for one assessment, replacing its earlier draft, without changing the given store', () => {
		const store: AssessmentStore = { results: [result('team', 1)], drafts: { team: { a1: 2 }, solo: { s1: 4 } } };
		const next = saveDraft(store, 'team', { a1: 5, a2: 'na' });
		expect(next).toEqual({ results: [result('team', 1)], drafts: { team: { a1: 5, a2: 'na' }, solo: { s1: 4 } } });
		expect(store.drafts).toEqual({ team: { a1: 2 }, solo: { s1: 4 } });
		expect(saveDraft(emptyAssessmentStore(), 'new', {})).toEqual({ results: [], drafts: { new: {} } });
	});
});

describe('addResult', () => {
	it('records the result with its time and clears that assessment’s draft only', () => {
		const store: AssessmentStore = { results: [], drafts: { team: { a1: 5 }, solo: { s1: 4 } } };
		const next = addResult(store, 'team', { a1: 5, a2: 'na' }, at(7));
		expect(next).toEqual({
			results: [{ assessment: 'team', at: '2026-03-01T10:07:00.000Z', answers: { a1: 5, a2: 'na' } }],
			drafts: { solo: { s1: 4 } },
		});
		expect(store).toEqual({ results: [], drafts: { team: { a1: 5 }, solo: { s1: 4 } } });
	});

	it('stamps the current time by default', () => {
		vi.useFakeTimers({ now: at(42) });
		try {
			expect(addResult(emptyAssessmentStore(), 'team', {}).results).toEqual([
				{ assessment: 'team', at: '2026-03-01T10:42:00.000Z', answers: {} },
			]);
		} finally {
			vi.useRealTimers();
		}
	});

	it('keeps the newest 20 results per assessment, dropping the oldest', () => {
		let store = emptyAssessmentStore();
		for (let minute = 1; minute <= 22; minute++) store = addResult(store, 'team', { a1: 1 }, at(minute));
		expect(store.results).toHaveLength(20);
		expect(minutes(store.results)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
	});

	it('counts the limit per assessment: a full one does not push out another’s results', () => {
		let store: AssessmentStore = { results: [result('solo', 0), result('other', 0)], drafts: {} };
		for (let minute = 1; minute <= 21; minute++) store = addResult(store, 'team', { a1: 1 }, at(minute));
		expect(store.results).toHaveLength(22);
		expect(minutes(resultsOf(store, 'team'))).toEqual(Array.from({ length: 20 }, (_, i) => 21 - i));
		expect(store.results.filter((r) => r.assessment !== 'team').map((r) => r.assessment)).toEqual(['solo', 'other']);
		store = addResult(store, 'solo', { s1: 2 }, at(30));
		expect(store.results).toHaveLength(23);
		expect(minutes(resultsOf(store, 'solo'))).toEqual([30, 0]);
	});
});

describe('resultsOf', () => {
	it('returns one assessment’s results, newest first, whatever order they are stored in', () => {
		const store: AssessmentStore = { results: [result('a', 5), result('b', 9), result('a', 12), result('a', 1)], drafts: {} };
		expect(minutes(resultsOf(store, 'a'))).toEqual([12, 5, 1]);
		expect(minutes(resultsOf(store, 'b'))).toEqual([9]);
		expect(resultsOf(store, 'none')).toEqual([]);
	});

	it('does not reorder the store itself', () => {
		const store: AssessmentStore = { results: [result('a', 1), result('a', 2)], drafts: {} };
		resultsOf(store, 'a');
		expect(minutes(store.results)).toEqual([1, 2]);
	});
});

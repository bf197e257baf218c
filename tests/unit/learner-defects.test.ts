/**
 * The learner-data defects of issue 13, each reproduced as it was found (D1 and D9's browser side
 * are in tests/e2e/learner-data.spec.ts): every test here failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import {
	CHECKLIST_STORE_KEY,
	checklistStoreSchema,
	mergeChecklists,
	readChecklists,
	setTicked,
	updateChecklists,
	writeChecklists,
} from '../../src/lib/checklist-progress.ts';
import { fill, formatDate } from '../../src/lib/format.ts';
import { isIsoDateTime } from '../../src/lib/learner-schema.ts';
import { EXPORT_FORMAT, importLearnerData } from '../../src/lib/learner-export.ts';
import {
	attemptSchema,
	QUIZ_STORE_KEY,
	quizStatus,
	readQuizzes,
	updateQuizzes,
	addAttempt,
	type Attempt,
} from '../../src/lib/quiz-history.ts';
import { assessmentStoreSchema, readAssessments, updateAssessments, addResult } from '../../src/lib/assessment-history.ts';
import { receiptStoreSchema } from '../../src/lib/read-receipts.ts';
import { normalizeQuery, MAX_QUERY_LENGTH } from '../../src/lib/search-state.ts';
import { comparisonPair } from '../../src/lib/version-diff.ts';
import { MemoryStorage } from './memory-storage.ts';

const file = (data: Record<string, unknown>) =>
	JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: '2026-03-01T00:00:00.000Z', data });
const attempt = (extra: Partial<Attempt> = {}): Attempt => ({
	quiz: 'q',
	at: '2026-03-01T10:00:00.000Z',
	seed: 1,
	questions: [],
	order: {},
	answers: {},
	score: 1,
	max: 1,
	percent: 100,
	passed: true,
	versions: { 'sc-01': '1.0.0' },
	...extra,
});

describe('D2: a submit while storage is full says so, and is told apart from storage not allowed', () => {
	it('an assessment result that cannot be stored reports quota; a blocked storage reports denied', () => {
		const full = new MemoryStorage();
		full.failSet = true;
		expect(updateAssessments(full, (s) => addResult(s, 'a', { s1: 3 })).write).toEqual({ ok: false, problem: 'quota' });
		const blocked = new MemoryStorage();
		blocked.denySet = true;
		expect(updateQuizzes(blocked, (s) => addAttempt(s, attempt())).write).toEqual({ ok: false, problem: 'denied' });
		expect(readAssessments(full).value.results).toEqual([]);
	});
});

describe('D3: unreadable data is announced on every later read, not only the first', () => {
	it('the set-aside copy is reported by each read of the store until it is dealt with', () => {
		const storage = new MemoryStorage({ [QUIZ_STORE_KEY]: '{"attempts": 3}' });
		const first = readQuizzes(storage);
		expect(first.status).toBe('set-aside');
		for (let i = 0; i < 3; i++) expect(readQuizzes(storage).setAside).toEqual(first.setAside);
		expect(first.setAside).toHaveLength(1);
	});
});

describe('D4: a large unreadable value that cannot be copied aside is never overwritten', () => {
	it('the next tick is refused (read-only) and the value stays byte for byte', () => {
		const big = `{"lists":${'x'.repeat(5000)}`;
		const storage = new MemoryStorage({ [CHECKLIST_STORE_KEY]: big });
		storage.quota = big.length + CHECKLIST_STORE_KEY.length + 200;
		expect(readChecklists(storage).status).toBe('read-only');
		expect(updateChecklists(storage, (s) => setTicked(s, 'l', 'i-a', true)).write).toEqual({ ok: false, problem: 'read-only' });
		expect(writeChecklists(storage, { lists: {} })).toEqual({ ok: false, problem: 'read-only' });
		expect(storage.getItem(CHECKLIST_STORE_KEY)).toBe(big);
	});
});

describe('D5: times in learner data must be ISO date-times', () => {
	it('an imported attempt whose `at` is no date is refused, and nothing is written', () => {
		const storage = new MemoryStorage();
		expect(importLearnerData(storage, file({ quizzes: { attempts: [attempt({ at: 'yesterday' })] } }))).toEqual({
			ok: false,
			problem: 'invalid:quizzes',
		});
		expect(storage.snapshot()).toEqual({});
	});

	it('every stored time is checked: attempts, receipts, assessment results, checklist updates', () => {
		for (const at of ['yesterday', '2026-02-30T00:00:00Z', '', '2026-03-01']) {
			expect(attemptSchema.safeParse(attempt({ at })).success).toBe(false);
			expect(receiptStoreSchema.safeParse({ standards: { s: { version: '1.0.0', readAt: at } } }).success).toBe(false);
			expect(assessmentStoreSchema.safeParse({ results: [{ assessment: 'a', at, answers: {} }], drafts: {} }).success).toBe(false);
			expect(checklistStoreSchema.safeParse({ lists: { l: { ticked: [], updated: at } } }).success).toBe(false);
		}
		expect(attemptSchema.safeParse(attempt({ at: '2026-03-01T18:00:00+08:00' })).success).toBe(true);
	});

	it('renderers never throw on an odd time: it is shown as it is', () => {
		expect(formatDate('yesterday', 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' })).toBe('yesterday');
		expect(formatDate('2026-03-01T10:00:00.000Z', 'en', { dateStyle: 'medium', timeZone: 'UTC' })).toBe('Mar 1, 2026');
		expect(() => quizStatus({ attempts: [attempt({ at: 'x', versions: { 'sc-01': 'nope' } })] }, 'q', { 'sc-01': '1.0.0' })).not.toThrow();
	});
});

describe('D6: a comparison URL naming an Object property is no version', () => {
	it('constructor, __proto__ and toString are refused; real versions pass', () => {
		const texts = { '1.0.0': [], '1.1.0': [] };
		for (const bad of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
			expect(comparisonPair(texts, bad, '1.1.0')).toBeUndefined();
			expect(comparisonPair(texts, '1.0.0', bad)).toBeUndefined();
		}
		expect(comparisonPair(texts, '1.0.0', '1.1.0')).toEqual(['1.0.0', '1.1.0']);
		expect(comparisonPair(texts, null, '1.1.0')).toBeUndefined();
	});
});

describe('D7: a file with a part named like an Object property is refused with a message', () => {
	it('constructor, toString, __proto__ and hasOwnProperty are unknown parts, never a crash', () => {
		for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
			const storage = new MemoryStorage();
			expect(importLearnerData(storage, file({ [name]: {} }))).toEqual({ ok: false, problem: `unknown:${name}` });
			expect(storage.snapshot()).toEqual({});
		}
		const proto = `{"format":"${EXPORT_FORMAT}","version":1,"exportedAt":"x","data":{"__proto__":{"a":1}}}`;
		expect(() => importLearnerData(new MemoryStorage(), proto)).not.toThrow();
	});

	it('placeholders named like Object properties fill as empty', () => {
		expect(fill('{constructor}{toString}{n}', { n: 1 })).toBe('1');
	});
});

describe('D9: two tabs ticking at nearly the same time keep both ticks', () => {
	it('a write made from a stale copy is merged back item by item, in either order', () => {
		const base = setTicked({ lists: {} }, 'l', 'i-0', true, new Date('2026-03-01T09:00:00Z'));
		const a = setTicked(base, 'l', 'i-a', true, new Date('2026-03-01T10:00:00.001Z'));
		const b = setTicked(base, 'l', 'i-b', true, new Date('2026-03-01T10:00:00.002Z'));
		for (const merged of [mergeChecklists(a, b), mergeChecklists(b, a)]) expect(merged.lists.l?.ticked).toEqual(['i-0', 'i-a', 'i-b']);
	});

	it('a later untick in another tab wins over an earlier tick', () => {
		const t1 = setTicked({ lists: {} }, 'l', 'i-a', true, new Date('2026-03-01T10:00:00Z'));
		const t2 = setTicked(t1, 'l', 'i-a', false, new Date('2026-03-01T10:05:00Z'));
		expect(mergeChecklists(t1, t2).lists.l?.ticked).toEqual([]);
		expect(mergeChecklists(t2, t1).lists.l?.ticked).toEqual([]);
	});

	it('the search query is capped, so a pasted 50 kB query is cut, not searched for seconds', () => {
		const query = normalizeQuery('质量'.repeat(25_000));
		expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
		expect(normalizeQuery('😀'.repeat(300))).toBe('😀'.repeat(MAX_QUERY_LENGTH));
		expect(normalizeQuery('  需求   分析 ')).toBe('需求 分析');
	});
});

describe('isIsoDateTime', () => {
	it('accepts ISO date-times in UTC or with an offset, on days that exist', () => {
		for (const ok of ['2026-03-01T09:30:00.000Z', '2026-03-01T09:30Z', '2024-02-29T23:59:59+08:00', '2026-12-31T00:00:00.123456Z'])
			expect(isIsoDateTime(ok), ok).toBe(true);
	});

	it('refuses dates alone, impossible days and anything else', () => {
		for (const bad of [
			'2026-02-29T00:00:00Z',
			'2026-02-30T00:00:00Z',
			'2026-13-01T00:00:00Z',
			'2026-00-10T00:00:00Z',
			'2026-03-01',
			'2026-03-01T24:00:00Z',
			'yesterday',
			'',
			' 2026-03-01T00:00:00Z',
		]) {
			expect(isIsoDateTime(bad), bad).toBe(false);
		}
	});
});

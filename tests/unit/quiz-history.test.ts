import { describe, expect, it } from 'vitest';
import { readStrings } from '../../src/client/strings.ts';
import {
	addAttempt,
	ATTEMPTS_KEPT,
	clearQuizDraft,
	describeQuizStatus,
	draftOf,
	mergeQuizzes,
	saveQuizDraft,
	type QuizDraft,
	attemptSchema,
	attemptsOf,
	emptyQuizStore,
	QUIZ_STORE_KEY,
	quizStatus,
	readQuizzes,
	wrongQuestions,
	writeQuizzes,
	type Attempt,
	type QuizStatusKey,
	type QuizStore,
} from '../../src/lib/quiz-history.ts';
import { MemoryStorage } from './memory-storage.ts';

/** An attempt at minute `minute` of 2026-03-01, so `at` sorts with the minute. */
function attempt(quiz: string, minute: number, extra: Partial<Attempt> = {}): Attempt {
	return {
		quiz,
		at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
		seed: minute,
		questions: ['q1', 'q2', 'q3'],
		order: { q1: ['a', 'b'] },
		answers: { q1: { type: 'single', choice: 'a' }, q2: { type: 'true-false', choice: null } },
		score: 2,
		max: 3,
		percent: 66,
		passed: false,
		versions: { 'sc-01': '1.0.0' },
		...extra,
	};
}
const minutes = (attempts: Attempt[]) => attempts.map((a) => Number(a.at.slice(14, 16)));

describe('store key and storage', () => {
	it('uses a versioned key', () => {
		expect(QUIZ_STORE_KEY).toBe('processbook:quizzes:v1');
		expect(ATTEMPTS_KEPT).toBe(20);
		expect(emptyQuizStore()).toEqual({ attempts: [] });
	});

	it('writes and reads back a store', () => {
		const storage = new MemoryStorage();
		const store: QuizStore = { attempts: [attempt('sc-01-basics', 1, { passed: true })] };
		expect(writeQuizzes(storage, store)).toEqual({ ok: true });
		expect(JSON.parse(storage.data.get(QUIZ_STORE_KEY)!)).toEqual(store);
		expect(readQuizzes(storage)).toEqual({ status: 'ok', value: store, setAside: [] });
	});

	it('reads a missing store as empty and refuses writes the browser blocks', () => {
		expect(readQuizzes(new MemoryStorage())).toEqual({ status: 'empty', value: { attempts: [] }, setAside: [] });
		expect(readQuizzes(undefined)).toEqual({ status: 'unavailable', value: { attempts: [] }, setAside: [] });
		const blocked = new MemoryStorage();
		blocked.failSet = true;
		expect(writeQuizzes(blocked, emptyQuizStore())).toMatchObject({ ok: false });
		expect(writeQuizzes(undefined, emptyQuizStore())).toMatchObject({ ok: false });
	});

	it('sets aside a stored attempt with an unknown answer type', () => {
		const bad = { attempts: [{ ...attempt('q', 1), answers: { q1: { type: 'essay', text: 'x' } } }] };
		const storage = new MemoryStorage({ [QUIZ_STORE_KEY]: JSON.stringify(bad) });
		const read = readQuizzes(storage);
		expect(read.status).toBe('set-aside');
		expect(read.value).toEqual({ attempts: [] });
		expect(storage.data.has(QUIZ_STORE_KEY)).toBe(false);
	});

	it('accepts every answer type in an attempt', () => {
		const answers = {
			a: { type: 'single', choice: null },
			b: { type: 'multiple', choices: ['x', 'y'] },
			c: { type: 'true-false', choice: true },
			d: { type: 'ordering', order: ['s2', 's1'] },
			e: { type: 'matching', matches: { p1: 'p2', p2: null } },
		};
		expect(attemptSchema.safeParse({ ...attempt('q', 1), answers }).success).toBe(true);
	});
});

describe('addAttempt', () => {
	it('appends an attempt without changing the given store', () => {
		const store: QuizStore = { attempts: [attempt('a', 1)] };
		const next = addAttempt(store, attempt('a', 2));
		expect(minutes(next.attempts)).toEqual([1, 2]);
		expect(store.attempts).toHaveLength(1);
	});

	it('keeps the newest 20 attempts per quiz, dropping the oldest', () => {
		let store = emptyQuizStore();
		for (let minute = 1; minute <= 22; minute++) store = addAttempt(store, attempt('a', minute));
		expect(store.attempts).toHaveLength(20);
		expect(minutes(store.attempts)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
	});

	it('counts the limit per quiz: a full quiz does not push out another quiz’s attempts', () => {
		let store: QuizStore = { attempts: [attempt('b', 0), attempt('c', 0)] };
		for (let minute = 1; minute <= 21; minute++) store = addAttempt(store, attempt('a', minute));
		expect(store.attempts.filter((a) => a.quiz === 'a')).toHaveLength(20);
		expect(minutes(store.attempts.filter((a) => a.quiz === 'a'))).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
		expect(store.attempts.filter((a) => a.quiz !== 'a').map((a) => a.quiz)).toEqual(['b', 'c']);
		store = addAttempt(store, attempt('b', 30));
		expect(store.attempts).toHaveLength(23);
		expect(minutes(attemptsOf(store, 'b'))).toEqual([30, 0]);
	});
});

describe('attemptsOf', () => {
	it('returns one quiz’s attempts, newest first, whatever order they are stored in', () => {
		const store: QuizStore = { attempts: [attempt('a', 5), attempt('b', 9), attempt('a', 12), attempt('a', 1)] };
		expect(minutes(attemptsOf(store, 'a'))).toEqual([12, 5, 1]);
		expect(minutes(attemptsOf(store, 'b'))).toEqual([9]);
		expect(attemptsOf(store, 'none')).toEqual([]);
	});

	it('does not reorder the store itself', () => {
		const store: QuizStore = { attempts: [attempt('a', 1), attempt('a', 2)] };
		attemptsOf(store, 'a');
		expect(minutes(store.attempts)).toEqual([1, 2]);
	});
});

describe('quizStatus', () => {
	const current = { 'sc-01': '1.0.0' };

	it('not-taken without attempts (including other quizzes’ attempts)', () => {
		expect(quizStatus(emptyQuizStore(), 'a', current)).toEqual({ state: 'not-taken' });
		expect(quizStatus({ attempts: [attempt('b', 1, { passed: true })] }, 'a', current)).toEqual({ state: 'not-taken' });
	});

	it('failed, with the newest attempt, when none passed', () => {
		const newest = attempt('a', 7);
		expect(quizStatus({ attempts: [attempt('a', 3), newest, attempt('a', 5)] }, 'a', current)).toEqual({ state: 'failed', last: newest });
	});

	it('passed, with the newest passing attempt, even when a later attempt failed', () => {
		const pass = attempt('a', 6, { passed: true, percent: 90 });
		const store = { attempts: [attempt('a', 2, { passed: true }), pass, attempt('a', 9)] };
		expect(quizStatus(store, 'a', current)).toEqual({ state: 'passed', pass });
	});

	it('stale when a covered standard has a newer version than the pass recorded, listing each change', () => {
		const pass = attempt('a', 6, { passed: true, versions: { 'sc-01': '1.0.0', 'cq-01': '2.1.0', 'tc-01': '1.0.0' } });
		const now = { 'sc-01': '1.1.0', 'cq-01': '2.1.0', 'tc-01': '2.0.0' };
		expect(quizStatus({ attempts: [pass] }, 'a', now)).toEqual({
			state: 'stale',
			pass,
			changed: [
				{ standard: 'sc-01', from: '1.0.0', to: '1.1.0' },
				{ standard: 'tc-01', from: '1.0.0', to: '2.0.0' },
			],
		});
	});

	it('compares versions numerically, not as text', () => {
		const pass = attempt('a', 6, { passed: true, versions: { 'sc-01': '1.9.0' } });
		expect(quizStatus({ attempts: [pass] }, 'a', { 'sc-01': '1.10.0' })).toEqual({
			state: 'stale',
			pass,
			changed: [{ standard: 'sc-01', from: '1.9.0', to: '1.10.0' }],
		});
	});

	it('stays passed for the same or an older current version, a standard the pass did not record, or no standards', () => {
		const pass = attempt('a', 6, { passed: true, versions: { 'sc-01': '1.1.0' } });
		const store = { attempts: [pass] };
		expect(quizStatus(store, 'a', { 'sc-01': '1.1.0' })).toEqual({ state: 'passed', pass });
		expect(quizStatus(store, 'a', { 'sc-01': '1.0.0' })).toEqual({ state: 'passed', pass });
		expect(quizStatus(store, 'a', { 'sc-01': '1.1.0', 'new-std': '1.0.0' })).toEqual({ state: 'passed', pass });
		expect(quizStatus(store, 'a', {})).toEqual({ state: 'passed', pass });
	});

	it('judges staleness by the newest pass only', () => {
		const oldPass = attempt('a', 1, { passed: true, versions: { 'sc-01': '1.0.0' } });
		const newPass = attempt('a', 8, { passed: true, versions: { 'sc-01': '1.1.0' } });
		expect(quizStatus({ attempts: [oldPass, newPass] }, 'a', { 'sc-01': '1.1.0' })).toEqual({ state: 'passed', pass: newPass });
	});

	it('refuses a stored version that is not a semantic version, and never throws on one', () => {
		const pass = attempt('a', 6, { passed: true, versions: { 'sc-01': 'latest' } });
		expect(attemptSchema.safeParse(pass).success).toBe(false);
		expect(quizStatus({ attempts: [pass] }, 'a', { 'sc-01': '1.1.0' })).toEqual({
			state: 'stale',
			pass,
			changed: [{ standard: 'sc-01', from: 'latest', to: '1.1.0' }],
		});
	});
});

describe('wrongQuestions', () => {
	it('lists the attempt’s questions not fully right, in the attempt’s order', () => {
		const a = attempt('a', 1, { questions: ['q3', 'q1', 'q2', 'q4'] });
		const results = [
			{ id: 'q1', correct: false },
			{ id: 'q2', correct: true },
			{ id: 'q3', correct: false },
			{ id: 'q4', correct: false },
		];
		expect(wrongQuestions(a, results)).toEqual(['q3', 'q1', 'q4']);
	});

	it('leaves out questions without a result and results for questions not in the attempt', () => {
		const a = attempt('a', 1, { questions: ['q1', 'q2'] });
		expect(
			wrongQuestions(a, [
				{ id: 'q2', correct: false },
				{ id: 'q9', correct: false },
			]),
		).toEqual(['q2']);
		expect(wrongQuestions(a, [])).toEqual([]);
		expect(
			wrongQuestions(a, [
				{ id: 'q1', correct: true },
				{ id: 'q2', correct: true },
			]),
		).toEqual([]);
	});
});

describe('attempts in progress', () => {
	const draft = (practice: boolean): QuizDraft => ({
		seed: 7,
		questions: ['q1', 'q2'],
		order: { q1: ['b', 'a'] },
		answers: { q1: { type: 'single', choice: 'a' } },
		practice,
		touched: [],
		startedAt: '2026-03-02T09:00:00.000Z',
	});

	it('survives a write and a read, and a new attempt record keeps the drafts of other quizzes', () => {
		const storage = new MemoryStorage();
		const store = saveQuizDraft(saveQuizDraft(emptyQuizStore(), 'quiz-a', draft(false)), 'quiz-b', draft(true));
		expect(writeQuizzes(storage, store)).toEqual({ ok: true });
		const read = readQuizzes(storage);
		expect(read.status).toBe('ok');
		expect(draftOf(read.value, 'quiz-a')).toEqual(draft(false));
		const after = clearQuizDraft(addAttempt(read.value, attempt('quiz-a', 5)), 'quiz-a');
		expect(draftOf(after, 'quiz-a')).toBeUndefined();
		expect(draftOf(after, 'quiz-b')).toEqual(draft(true));
		expect(draftOf(after, 'constructor')).toBeUndefined();
	});

	it("merges two tabs' attempts in progress: the later one wins, one submitted since is dropped", () => {
		const early = { ...draft(false), startedAt: '2026-03-01T09:00:00.000Z' };
		const late = { ...draft(false), startedAt: '2026-03-03T09:00:00.000Z' };
		const a = saveQuizDraft(emptyQuizStore(), 'quiz-a', early);
		const b = saveQuizDraft(emptyQuizStore(), 'quiz-a', late);
		expect(draftOf(mergeQuizzes(a, b), 'quiz-a')).toEqual(late);
		expect(draftOf(mergeQuizzes(b, a), 'quiz-a')).toEqual(late);
		const submitted = addAttempt(emptyQuizStore(), attempt('quiz-a', 5));
		expect(draftOf(mergeQuizzes(a, submitted), 'quiz-a')).toBeUndefined();
		expect(mergeQuizzes(emptyQuizStore(), emptyQuizStore()).drafts).toBeUndefined();
	});

	it('reads data written before drafts existed', () => {
		const storage = new MemoryStorage();
		storage.setItem(QUIZ_STORE_KEY, JSON.stringify({ attempts: [attempt('quiz-a', 1)] }));
		expect(readQuizzes(storage).status).toBe('ok');
	});

	it('a graded attempt under way is "in progress" until a pass; a practice retry is not', () => {
		const current = { 'sc-01': '1.0.0' };
		expect(quizStatus(saveQuizDraft(emptyQuizStore(), 'quiz-a', draft(false)), 'quiz-a', current)).toEqual({
			state: 'in-progress',
			startedAt: '2026-03-02T09:00:00.000Z',
		});
		const failedThenPractice = saveQuizDraft(addAttempt(emptyQuizStore(), attempt('quiz-a', 1)), 'quiz-a', draft(true));
		expect(quizStatus(failedThenPractice, 'quiz-a', current).state).toBe('failed');
		const passed = saveQuizDraft(
			addAttempt(emptyQuizStore(), attempt('quiz-a', 1, { passed: true, percent: 100 })),
			'quiz-a',
			draft(false),
		);
		expect(quizStatus(passed, 'quiz-a', current).state).toBe('passed');
	});

	it('describes each status in words with its date', () => {
		const words = readStrings<QuizStatusKey>(
			{
				'quiz.statusNotTaken': 'not taken',
				'quiz.statusInProgress': 'in progress since {date}',
				'quiz.statusFailedShort': 'failed {date} {percent}%',
				'quiz.statusPassedShort': 'passed on {date} ({percent}%)',
				'quiz.statusStaleShort': 'stale since {date}',
			},
			'en',
		);
		const date = (iso: string) => iso.slice(0, 10);
		const store = addAttempt(emptyQuizStore(), attempt('quiz-a', 1, { passed: true, percent: 90 }));
		expect(describeQuizStatus(quizStatus(store, 'quiz-a', { 'sc-01': '1.0.0' }), words, date)).toBe('passed on 2026-03-01 (90%)');
		expect(describeQuizStatus(quizStatus(store, 'quiz-a', { 'sc-01': '1.1.0' }), words, date)).toBe('stale since 2026-03-01');
		expect(describeQuizStatus(quizStatus(store, 'other', {}), words, date)).toBe('not taken');
	});
});

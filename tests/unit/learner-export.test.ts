import { describe, expect, it } from 'vitest';
import { ASSESSMENT_STORE_KEY } from '../../src/lib/assessment-history.ts';
import { CHECKLIST_STORE_KEY } from '../../src/lib/checklist-progress.ts';
import { clearLearnerData, EXPORT_FORMAT, exportLearnerData, importLearnerData, LEARNER_STORES } from '../../src/lib/learner-export.ts';
import { PROFILE_STORE_KEY } from '../../src/lib/profile.ts';
import { QUIZ_STORE_KEY } from '../../src/lib/quiz-history.ts';
import { RECEIPT_STORE_KEY } from '../../src/lib/read-receipts.ts';
import { MemoryStorage } from './memory-storage.ts';

const NOW = new Date('2026-03-01T08:30:00.000Z');

const checklists = { lists: { 'needs-analysis': { ticked: ['i-1', 'i-2'], updated: '2026-02-01T09:00:00.000Z' } } };
const receipts = { standards: { 'sc-01': { version: '1.1.0', readAt: '2026-02-02T09:00:00.000Z' } } };
const quizzes = {
	attempts: [
		{
			quiz: 'sc-01-basics',
			at: '2026-02-03T09:00:00.000Z',
			seed: 42,
			questions: ['q1', 'q2'],
			order: { q1: ['b', 'a'] },
			answers: { q1: { type: 'single', choice: 'a' }, q2: { type: 'true-false', choice: false } },
			score: 2,
			max: 2,
			percent: 100,
			passed: true,
			versions: { 'sc-01': '1.1.0' },
		},
	],
};
const profile = { role: 'consultant' };
const assessments = {
	results: [{ assessment: 'consultant-skills', at: '2026-02-04T09:00:00.000Z', answers: { s1: 3, s2: 'na' } }],
	drafts: { 'lead-skills': { s1: 9 } },
};

const full = () =>
	new MemoryStorage({
		[CHECKLIST_STORE_KEY]: JSON.stringify(checklists),
		[RECEIPT_STORE_KEY]: JSON.stringify(receipts),
		[QUIZ_STORE_KEY]: JSON.stringify(quizzes),
		[PROFILE_STORE_KEY]: JSON.stringify(profile),
		[ASSESSMENT_STORE_KEY]: JSON.stringify(assessments),
	});

const file = (data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), data, ...extra });

/** A storage whose n-th setItem call (1-based) fails, like a quota reached part-way through. */
class FailOnNthSet extends MemoryStorage {
	calls = 0;
	readonly failAt: number;
	constructor(initial: Record<string, string>, failAt: number) {
		super(initial);
		this.failAt = failAt;
	}
	override setItem(key: string, value: string): void {
		this.calls++;
		if (this.calls === this.failAt) throw new Error('QuotaExceededError');
		super.setItem(key, value);
	}
}

describe('LEARNER_STORES', () => {
	it('lists every kind of learner data with its key', () => {
		expect(Object.fromEntries(Object.entries(LEARNER_STORES).map(([name, { key }]) => [name, key]))).toEqual({
			checklists: 'processbook:checklists:v1',
			receipts: 'processbook:receipts:v1',
			quizzes: 'processbook:quizzes:v1',
			profile: 'processbook:profile:v1',
			assessments: 'processbook:assessments:v1',
		});
		expect(EXPORT_FORMAT).toBe('processbook-learner-data');
	});
});

describe('exportLearnerData', () => {
	it('exports every readable store under its name, with the format, version and time', () => {
		expect(exportLearnerData(full(), NOW)).toEqual({
			format: 'processbook-learner-data',
			version: 1,
			exportedAt: '2026-03-01T08:30:00.000Z',
			data: { checklists, receipts, quizzes, profile, assessments },
		});
	});

	it('exports nothing for empty storage', () => {
		expect(exportLearnerData(new MemoryStorage(), NOW)).toEqual({
			format: EXPORT_FORMAT,
			version: 1,
			exportedAt: '2026-03-01T08:30:00.000Z',
			data: {},
		});
	});

	it('skips stores that are not JSON or do not match their schema, and leaves them where they are', () => {
		const storage = full();
		storage.data.set(CHECKLIST_STORE_KEY, '{"lists":');
		storage.data.set(RECEIPT_STORE_KEY, JSON.stringify({ standards: { 'sc-01': { version: 'one', readAt: 'x' } } }));
		const before = storage.snapshot();
		expect(exportLearnerData(storage, NOW).data).toEqual({ quizzes, profile, assessments });
		expect(storage.snapshot()).toEqual(before);
	});

	it('skips everything, without throwing, when storage cannot be read', () => {
		const storage = full();
		storage.failGet = true;
		expect(exportLearnerData(storage, NOW).data).toEqual({});
	});

	it('exports only the fields the schemas know', () => {
		const storage = new MemoryStorage({ [PROFILE_STORE_KEY]: JSON.stringify({ role: null, theme: 'dark' }) });
		expect(exportLearnerData(storage, NOW).data).toEqual({ profile: { role: null } });
	});

	it('round-trips through importLearnerData', () => {
		const exported = JSON.stringify(exportLearnerData(full(), NOW));
		const target = new MemoryStorage();
		expect(importLearnerData(target, exported)).toEqual({
			ok: true,
			kinds: [CHECKLIST_STORE_KEY, RECEIPT_STORE_KEY, QUIZ_STORE_KEY, PROFILE_STORE_KEY, ASSESSMENT_STORE_KEY],
		});
		expect(target.snapshot()).toEqual(full().snapshot());
	});
});

describe('importLearnerData: refusing a file writes nothing', () => {
	const existing = () => {
		const storage = full();
		storage.data.set('unrelated', 'keep');
		return storage;
	};

	it('not-json for text that is not JSON', () => {
		for (const text of ['', 'hello', '{"format":', '<html></html>']) {
			const storage = existing();
			expect(importLearnerData(storage, text)).toEqual({ ok: false, problem: 'not-json' });
			expect(storage.snapshot()).toEqual(existing().snapshot());
		}
	});

	it('not-an-export for JSON of another shape', () => {
		const texts = [
			'null',
			'[]',
			'"text"',
			JSON.stringify({ checklists }),
			file({ checklists }, { format: 'something-else' }),
			file({ checklists }, { version: 2 }),
			file({ checklists }, { version: '1' }),
			file({ checklists }, { exportedAt: undefined }),
			file({ checklists }, { data: [checklists] }),
			file({ checklists }, { data: null }),
		];
		for (const text of texts) {
			const storage = existing();
			expect(importLearnerData(storage, text)).toEqual({ ok: false, problem: 'not-an-export' });
			expect(storage.snapshot()).toEqual(existing().snapshot());
		}
	});

	it('unknown:<name> for a part this site does not know, even next to valid parts', () => {
		const storage = existing();
		expect(importLearnerData(storage, file({ checklists: { lists: {} }, settings: { theme: 'dark' } }))).toEqual({
			ok: false,
			problem: 'unknown:settings',
		});
		expect(storage.snapshot()).toEqual(existing().snapshot());
	});

	it('invalid:<name> for a part that fails its schema, and nothing is written — not even the valid parts before it', () => {
		const cases: [Record<string, unknown>, string][] = [
			[{ checklists: { lists: {} }, receipts: { standards: { 'sc-01': { version: '1.0', readAt: 'x' } } } }, 'invalid:receipts'],
			[{ profile: { role: 7 } }, 'invalid:profile'],
			[
				{ profile: { role: 'x' }, quizzes: { attempts: [{ ...quizzes.attempts[0], answers: { q1: { type: 'essay' } } }] } },
				'invalid:quizzes',
			],
			[{ checklists: { lists: { a: { ticked: 'i-1', updated: 'x' } } } }, 'invalid:checklists'],
			[{ checklists: null }, 'invalid:checklists'],
			[{ assessments: { results: [], drafts: { a: { s1: 10 } } } }, 'invalid:assessments'],
		];
		for (const [data, problem] of cases) {
			const storage = existing();
			expect(importLearnerData(storage, file(data))).toEqual({ ok: false, problem });
			expect(storage.snapshot()).toEqual(existing().snapshot());
		}
	});

	it('reports the first bad part in file order', () => {
		expect(importLearnerData(new MemoryStorage(), file({ profile: { role: 1 }, settings: {} }))).toEqual({
			ok: false,
			problem: 'invalid:profile',
		});
		expect(importLearnerData(new MemoryStorage(), file({ settings: {}, profile: { role: 1 } }))).toEqual({
			ok: false,
			problem: 'unknown:settings',
		});
	});
});

describe('importLearnerData: writing', () => {
	it('writes every part of a valid file, replacing what was there, and reports the keys written', () => {
		const storage = new MemoryStorage({ [CHECKLIST_STORE_KEY]: JSON.stringify({ lists: {} }), other: 'keep' });
		expect(importLearnerData(storage, file({ checklists, receipts, quizzes, profile, assessments }))).toEqual({
			ok: true,
			kinds: [
				'processbook:checklists:v1',
				'processbook:receipts:v1',
				'processbook:quizzes:v1',
				'processbook:profile:v1',
				'processbook:assessments:v1',
			],
		});
		expect(storage.snapshot()).toEqual({
			[CHECKLIST_STORE_KEY]: JSON.stringify(checklists),
			[RECEIPT_STORE_KEY]: JSON.stringify(receipts),
			[QUIZ_STORE_KEY]: JSON.stringify(quizzes),
			[PROFILE_STORE_KEY]: JSON.stringify(profile),
			[ASSESSMENT_STORE_KEY]: JSON.stringify(assessments),
			other: 'keep',
		});
	});

	it('leaves stores the file does not contain as they were', () => {
		const storage = full();
		expect(importLearnerData(storage, file({ profile: { role: 'team-lead' } }))).toEqual({ ok: true, kinds: [PROFILE_STORE_KEY] });
		expect(storage.snapshot()).toEqual({ ...full().snapshot(), [PROFILE_STORE_KEY]: '{"role":"team-lead"}' });
	});

	it('accepts a file with no parts and writes nothing', () => {
		const storage = full();
		expect(importLearnerData(storage, file({}))).toEqual({ ok: true, kinds: [] });
		expect(storage.snapshot()).toEqual(full().snapshot());
	});

	it('writes the parsed value, without fields the schema does not know', () => {
		const storage = new MemoryStorage();
		expect(importLearnerData(storage, file({ profile: { role: 'consultant', theme: 'dark' } }))).toEqual({
			ok: true,
			kinds: [PROFILE_STORE_KEY],
		});
		expect(storage.snapshot()).toEqual({ [PROFILE_STORE_KEY]: '{"role":"consultant"}' });
	});

	it('restores the previous values when storage fails part-way, removing keys that did not exist', () => {
		const incoming = {
			checklists: { lists: {} },
			receipts: { standards: {} },
			quizzes: { attempts: [] },
			profile: { role: null },
			assessments: { results: [], drafts: {} },
		};
		const initial = { [CHECKLIST_STORE_KEY]: JSON.stringify(checklists), [RECEIPT_STORE_KEY]: JSON.stringify(receipts), other: 'keep' };
		for (const failAt of [1, 2, 3, 4, 5]) {
			const storage = new FailOnNthSet(initial, failAt);
			expect(importLearnerData(storage, file(incoming))).toEqual({ ok: false, problem: 'quota' });
			expect(storage.snapshot()).toEqual(initial);
		}
	});

	it('reports a full storage (quota) or a refused one (storage) when every write fails and nothing was stored before', () => {
		const storage = new MemoryStorage({ other: 'keep' });
		storage.failSet = true;
		expect(importLearnerData(storage, file({ checklists, profile }))).toEqual({ ok: false, problem: 'quota' });
		storage.failSet = false;
		storage.denySet = true;
		expect(importLearnerData(storage, file({ checklists, profile }))).toEqual({ ok: false, problem: 'storage' });
		expect(storage.snapshot()).toEqual({ other: 'keep' });
	});

	it('reports a storage problem, without throwing, when every write is refused and data exists', () => {
		const storage = full();
		storage.failSet = true;
		expect(importLearnerData(storage, file({ checklists: { lists: {} } }))).toEqual({ ok: false, problem: 'quota' });
		expect(storage.snapshot()).toEqual(full().snapshot());
	});
});

describe('clearLearnerData', () => {
	it('removes every learner store and nothing else, keeping set-aside copies', () => {
		const storage = full();
		storage.data.set(`${CHECKLIST_STORE_KEY}:unreadable:1767225600000`, '{"lists":');
		storage.data.set('unrelated', 'keep');
		clearLearnerData(storage);
		expect(storage.snapshot()).toEqual({ [`${CHECKLIST_STORE_KEY}:unreadable:1767225600000`]: '{"lists":', unrelated: 'keep' });
	});

	it('is harmless on empty storage', () => {
		const storage = new MemoryStorage();
		clearLearnerData(storage);
		expect(storage.snapshot()).toEqual({});
	});
});

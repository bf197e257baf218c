/**
 * Property-based tests (fast-check) of every learner-data codec and store: random and adversarial
 * input (any string, any JSON, Object-property names, huge values, a storage that fills up or
 * refuses) never throws, never loses a valid item, and only ever yields data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentStoreSchema, mergeAssessments, readAssessments, type AssessmentStore } from '../../src/lib/assessment-history.ts';
import type { Answers } from '../../src/lib/assessment-scoring.ts';
import {
	checklistStoreSchema,
	mergeChecklists,
	readChecklists,
	setTicked,
	updateChecklists,
	type ChecklistStore,
} from '../../src/lib/checklist-progress.ts';
import { formatDate } from '../../src/lib/format.ts';
import { exportLearnerData, importLearnerData, LEARNER_STORES } from '../../src/lib/learner-export.ts';
import { setAsideKeys, writeStore } from '../../src/lib/learner-store.ts';
import { profileSchema, readProfile } from '../../src/lib/profile.ts';
import { mergeQuizzes, quizStatus, quizStoreSchema, readQuizzes, type QuizStore } from '../../src/lib/quiz-history.ts';
import { mergeReceipts, readReceipts, receiptStoreSchema, type ReceiptStore } from '../../src/lib/read-receipts.ts';
import { decodeAnswers, encodeAnswers, shareCodeFrom, shareUrl } from '../../src/lib/share-codec.ts';
import { mergeResults } from '../../src/lib/team-merge.ts';
import { assessment, dimension, statement } from './assessment-fixtures.ts';
import { MemoryStorage } from './memory-storage.ts';

const RUNS = { numRuns: 100 };

/** Ids as content has them, plus the names that trip up plain objects. */
const id = fc.oneof(
	fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
	fc.constantFrom('constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'),
);
const iso = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
	.map((d) => d.toISOString());
const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((v) => v.join('.'));
/** Strings a hostile or broken storage might hold. */
const junk = fc.oneof(
	fc.string(),
	fc.json(),
	fc.jsonValue().map((v) => JSON.stringify(v)),
	fc.constantFrom('', 'null', '{"lists":', '{"__proto__":{"x":1}}', '{"attempts":[{"at":"yesterday"}]}'),
);

const checklists: fc.Arbitrary<ChecklistStore> = fc
	.array(fc.tuple(id, fc.array(fc.tuple(fc.stringMatching(/^i-[0-9a-z]{1,6}$/), fc.boolean(), iso), { maxLength: 8 })), { maxLength: 4 })
	.map((lists) =>
		lists.reduce<ChecklistStore>(
			(store, [list, ops]) => ops.reduce((s, [item, on, at]) => setTicked(s, list, item, on, new Date(at)), store),
			{ lists: {} },
		),
	);
const receipts: fc.Arbitrary<ReceiptStore> = fc
	.uniqueArray(fc.tuple(id, version, iso), { selector: ([s]) => s, maxLength: 5 })
	.map((list) => ({ standards: Object.fromEntries(list.map(([s, v, at]) => [s, { version: v, readAt: at }])) }));
const attempt = fc.record({
	quiz: id,
	at: iso,
	seed: fc.integer(),
	questions: fc.array(id, { maxLength: 3 }),
	order: fc.constant({}),
	answers: fc.constant({}),
	score: fc.nat(20),
	max: fc.nat(20),
	percent: fc.nat(100),
	passed: fc.boolean(),
	versions: fc.dictionary(fc.stringMatching(/^[a-z]{2}-\d{2}$/), version, { maxKeys: 3 }),
});
const quizzes: fc.Arbitrary<QuizStore> = fc
	.uniqueArray(attempt, { selector: (a) => `${a.quiz} ${a.at}`, maxLength: 6 })
	.map((attempts) => ({ attempts }));
const rating = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const));
const assessments: fc.Arbitrary<AssessmentStore> = fc.record({
	results: fc.uniqueArray(fc.record({ assessment: id, at: iso, answers: fc.dictionary(id, rating, { maxKeys: 4 }) }), {
		selector: (r) => `${r.assessment} ${r.at}`,
		maxLength: 5,
	}),
	drafts: fc.dictionary(id, fc.dictionary(id, rating, { maxKeys: 3 }), { maxKeys: 3 }),
});
const profile = fc.record({ role: fc.option(id, { nil: null }) });

const STORES = [
	{ name: 'checklists', read: readChecklists, schema: checklistStoreSchema, valid: checklists as fc.Arbitrary<unknown> },
	{ name: 'receipts', read: readReceipts, schema: receiptStoreSchema, valid: receipts as fc.Arbitrary<unknown> },
	{ name: 'quizzes', read: readQuizzes, schema: quizStoreSchema, valid: quizzes as fc.Arbitrary<unknown> },
	{ name: 'assessments', read: readAssessments, schema: assessmentStoreSchema, valid: assessments as fc.Arbitrary<unknown> },
	{ name: 'profile', read: readProfile, schema: profileSchema, valid: profile as fc.Arbitrary<unknown> },
] as const;

/** Every string the storage held before is still held somewhere after (under its key or set aside). */
function nothingLost(before: Record<string, string>, storage: MemoryStorage) {
	const after = storage.snapshot();
	for (const [key, raw] of Object.entries(before)) {
		const kept = after[key] === raw || setAsideKeys(storage).some((k) => k.startsWith(`${key}:unreadable:`) && after[k] === raw);
		expect(kept, `${key} lost`).toBe(true);
	}
}

describe.each(STORES)('store $name', ({ name, read, schema, valid }) => {
	const key = LEARNER_STORES[name]!.key;

	it('reads any stored text without throwing, and never loses it', () => {
		fc.assert(
			fc.property(junk, fc.boolean(), (raw, full) => {
				const storage = new MemoryStorage({ [key]: raw });
				storage.failSet = full;
				const before = storage.snapshot();
				const result = read(storage);
				expect(['ok', 'set-aside', 'read-only']).toContain(result.status);
				expect(schema.safeParse(result.value).success).toBe(true);
				nothingLost(before, storage);
				if (result.status === 'read-only') expect(storage.snapshot()).toEqual(before);
			}),
			RUNS,
		);
	});

	it('writes and reads back every valid value exactly', () => {
		fc.assert(
			fc.property(valid, (value) => {
				const storage = new MemoryStorage();
				expect(writeStore(storage, key, value, schema)).toEqual({ ok: true });
				expect(read(storage)).toEqual({ status: 'ok', value, setAside: [] });
			}),
			RUNS,
		);
	});

	it('a write into a storage that fills up never throws and never destroys what was there', () => {
		fc.assert(
			fc.property(valid, junk, fc.integer({ min: 0, max: 400 }), (value, raw, quota) => {
				const storage = new MemoryStorage({ [key]: raw });
				storage.quota = raw.length + key.length + quota;
				const before = storage.snapshot();
				const write = writeStore(storage, key, value, schema);
				if (!write.ok) expect(['quota', 'read-only']).toContain(write.problem);
				const stored = schema.safeParse(JSON.parse(raw === '' ? 'null' : safeJson(raw)));
				// Unreadable text is never overwritten unless a copy of it was set aside first.
				if (!stored.success) nothingLost(before, storage);
			}),
			RUNS,
		);
	});
});

function safeJson(raw: string): string {
	try {
		JSON.parse(raw);
		return raw;
	} catch {
		return 'null';
	}
}

describe('merging the writes of two tabs', () => {
	const ticks = (s: ChecklistStore) =>
		Object.entries(s.lists)
			.flatMap(([l, v]) => v.ticked.map((i) => `${l}/${i}`))
			.sort();

	it('checklists: commutative, idempotent, and a tick that is the latest change of its item is never lost', () => {
		fc.assert(
			fc.property(checklists, checklists, (a, b) => {
				const ab = mergeChecklists(a, b);
				expect(ticks(ab)).toEqual(ticks(mergeChecklists(b, a)));
				expect(mergeChecklists(ab, ab)).toEqual(ab);
				expect(ticks(mergeChecklists(ab, a))).toEqual(ticks(ab));
				for (const [store, other] of [
					[a, b],
					[b, a],
				] as const) {
					for (const [list, state] of Object.entries(store.lists)) {
						for (const item of state.ticked) {
							const mine = state.changed?.[item] ?? '';
							const theirs = Object.hasOwn(other.lists, list) ? (other.lists[list]!.changed?.[item] ?? '') : '';
							if (mine >= theirs) expect(ticks(ab)).toContain(`${list}/${item}`);
						}
					}
				}
				expect(checklistStoreSchema.safeParse(ab).success).toBe(true);
			}),
			RUNS,
		);
	});

	it('quizzes, assessments and receipts keep every item of either side', () => {
		fc.assert(
			fc.property(quizzes, quizzes, assessments, assessments, receipts, receipts, (qa, qb, aa, ab, ra, rb) => {
				const q = mergeQuizzes(qa, qb);
				for (const x of [...qa.attempts, ...qb.attempts]) expect(q.attempts.some((y) => y.quiz === x.quiz && y.at === x.at)).toBe(true);
				const a = mergeAssessments(aa, ab);
				for (const x of [...aa.results, ...ab.results])
					expect(a.results.some((y) => y.assessment === x.assessment && y.at === x.at)).toBe(true);
				const r = mergeReceipts(ra, rb);
				expect(Object.keys(r.standards).sort()).toEqual([...new Set([...Object.keys(ra.standards), ...Object.keys(rb.standards)])].sort());
				expect(mergeReceipts(rb, ra)).toEqual(r);
			}),
			RUNS,
		);
	});

	it('two tabs writing from stale copies, then merging on the storage event, end with both ticks', () => {
		fc.assert(
			fc.property(checklists, fc.stringMatching(/^i-[a-z]{3}$/), fc.stringMatching(/^i-[0-9]{3}$/), (base, x, y) => {
				const storage = new MemoryStorage();
				writeStore(storage, 'processbook:checklists:v1', base, checklistStoreSchema);
				const t = Date.now();
				const tabA = setTicked(base, 'l', x, true, new Date(t + 1));
				const tabB = setTicked(base, 'l', y, true, new Date(t + 2));
				writeStore(storage, 'processbook:checklists:v1', tabA, checklistStoreSchema);
				writeStore(storage, 'processbook:checklists:v1', tabB, checklistStoreSchema);
				// Tab A hears B's write and merges its own state in.
				const { value } = updateChecklists(storage, (stored) => mergeChecklists(stored, tabA));
				expect(value.lists.l?.ticked).toEqual(expect.arrayContaining([x, y]));
			}),
			RUNS,
		);
	});
});

describe('export and import', () => {
	it('an export imports into an empty browser as the same data', () => {
		fc.assert(
			fc.property(checklists, receipts, quizzes, assessments, profile, (c, r, q, a, p) => {
				const from = new MemoryStorage();
				for (const [name, value] of Object.entries({ checklists: c, receipts: r, quizzes: q, assessments: a, profile: p }))
					writeStore(from, LEARNER_STORES[name]!.key, value, LEARNER_STORES[name]!.schema);
				const to = new MemoryStorage();
				expect(importLearnerData(to, JSON.stringify(exportLearnerData(from))).ok).toBe(true);
				expect(to.snapshot()).toEqual(from.snapshot());
			}),
			{ numRuns: 100 },
		);
	});

	it('any file is answered with a result, never an exception; a refused file changes nothing', () => {
		const part = fc.oneof(fc.constantFrom(...Object.keys(LEARNER_STORES), 'constructor', '__proto__', 'toString'), fc.string());
		const file = fc.oneof(
			fc.string(),
			fc.json(),
			fc
				.dictionary(part, fc.jsonValue(), { maxKeys: 3 })
				.map((data) => JSON.stringify({ format: 'processbook-learner-data', version: 1, exportedAt: 'x', data })),
		);
		fc.assert(
			fc.property(file, junk, (text, existing) => {
				const storage = new MemoryStorage({ 'processbook:quizzes:v1': existing });
				const before = storage.snapshot();
				const result = importLearnerData(storage, text);
				if (!result.ok) expect(storage.snapshot()).toEqual(before);
				else
					nothingLost(
						Object.fromEntries(
							Object.entries(before).filter(
								([k]) => !result.kinds.includes(k) || !quizStoreSchema.safeParse(safeParse(before[k]!)).success,
							),
						),
						storage,
					);
			}),
			RUNS,
		);
	});
});

function safeParse(raw: string): unknown {
	try {
		return JSON.parse(raw);
	} catch {
		return undefined;
	}
}

describe('share codec and team merge', () => {
	const A = assessment([
		dimension('a', [statement('a1'), statement('a2')]),
		dimension('b', [statement('b1'), statement('b2'), statement('b3')]),
	]);
	const ids = ['a1', 'a2', 'b1', 'b2', 'b3'];
	const answers: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...ids), rating, { maxKeys: 5 });

	it('every answer set survives a share link, in the fragment', () => {
		fc.assert(
			fc.property(
				answers,
				fc.constantFrom('https://example.com/assessments/x/', 'http://localhost:4321/en/assessments/x/?old=1'),
				(given, page) => {
					const url = shareUrl(page, encodeAnswers('x', A, given));
					expect(new URL(url).search).toBe('');
					const code = shareCodeFrom(url);
					expect(decodeAnswers(code ?? '', 'x', A)).toEqual({ ok: true, answers: given });
				},
			),
			RUNS,
		);
	});

	it('any text as a link or code decodes to an error or to answers within the scale, never an exception', () => {
		fc.assert(
			fc.property(
				fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webUrl({ withFragments: true, withQueryParameters: true })),
				(text) => {
					const code = shareCodeFrom(text);
					const decoded = decodeAnswers(code ?? text, 'x', A);
					if (decoded.ok)
						for (const [k, v] of Object.entries(decoded.answers))
							expect(ids.includes(k) && (v === 'na' || (Number.isInteger(v) && v >= 1 && v <= 5))).toBe(true);
				},
			),
			RUNS,
		);
	});

	it('team merge counts every member and never throws on any answers', () => {
		fc.assert(
			fc.property(
				fc.array(fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), fc.oneof(rating, fc.integer(), fc.double())), {
					maxLength: 6,
				}),
				(members) => {
					expect(mergeResults(A, members as Answers[]).members).toBe(members.length);
				},
			),
			RUNS,
		);
	});

	it('renderers format any stored time without throwing', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('zh-CN', 'en'), (text, locale) => {
				expect(typeof formatDate(text, locale, { dateStyle: 'medium', timeStyle: 'short' })).toBe('string');
				expect(() => quizStatus({ attempts: [] }, text, { [text]: text })).not.toThrow();
			}),
			RUNS,
		);
	});
});

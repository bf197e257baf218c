import { describe, expect, it } from 'vitest';
import { mergeStores, previewImport, type LearnerStores } from '../../src/lib/learner-merge.ts';
import { parseLearnerFile } from '../../src/lib/learner-export.ts';
import type { Attempt } from '../../src/lib/quiz-history.ts';

const attempt = (quiz: string, at: string): Attempt => ({
	quiz,
	at,
	seed: 1,
	questions: ['q1'],
	order: {},
	answers: {},
	score: 1,
	max: 1,
	percent: 100,
	passed: true,
	versions: { 'sc-01': '1.0.0' },
});

const local: LearnerStores = {
	checklists: {
		lists: {
			a: { ticked: ['1', '2', '3'], updated: '2026-03-05T00:00:00.000Z' },
			b: { ticked: ['1'], updated: '2026-03-01T00:00:00.000Z' },
		},
	},
	receipts: { standards: { 'sc-01': { version: '1.1.0', readAt: '2026-03-02T00:00:00.000Z' } } },
	quizzes: { attempts: [attempt('q', '2026-03-01T10:00:00.000Z')] },
	profile: { role: 'consultant', name: '王小明' },
};
const file: LearnerStores = {
	checklists: {
		lists: {
			a: { ticked: [], updated: '2026-02-01T00:00:00.000Z' },
			b: { ticked: ['1', '2'], updated: '2026-03-04T00:00:00.000Z' },
			c: { ticked: ['9'], updated: '2026-01-01T00:00:00.000Z' },
		},
	},
	quizzes: { attempts: [attempt('q', '2026-03-01T10:00:00.000Z'), attempt('q', '2026-02-01T10:00:00.000Z')] },
	assessments: { results: [{ assessment: 'x', at: '2026-02-10T00:00:00.000Z', answers: { s1: 3 } }], drafts: {} },
	profile: { role: 'project-lead' },
};

describe('mergeStores: union, newest wins per item', () => {
	const merged = mergeStores(local, file);

	it('keeps this browser’s newer ticks, takes the file’s newer list and adds what only the file has', () => {
		expect(merged.checklists?.lists).toEqual({ a: local.checklists!.lists.a, b: file.checklists!.lists.b, c: file.checklists!.lists.c });
	});

	it('unions quiz attempts and assessment results without duplicates', () => {
		expect(merged.quizzes?.attempts.map((a) => a.at)).toEqual(['2026-02-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z']);
		expect(merged.assessments?.results).toHaveLength(1);
	});

	it('leaves kinds the file lacks untouched, and keeps this browser’s profile choices', () => {
		expect(merged.receipts).toBeUndefined();
		expect(merged.profile).toEqual({ role: 'consultant', name: '王小明' });
	});
});

describe('previewImport', () => {
	it('says per kind what the file holds, what merging adds or updates, and what replacing would lose', () => {
		const preview = previewImport(local, file);
		expect(preview.checklists).toEqual({ inFile: 3, added: 1, updated: 1, kept: 1, lost: 2 });
		expect(preview.quizzes).toEqual({ inFile: 2, added: 1, updated: 0, kept: 1, lost: 0 });
		expect(preview.receipts).toEqual({ inFile: 0, added: 0, updated: 0, kept: 1, lost: 0 });
		expect(preview.assessments).toEqual({ inFile: 1, added: 1, updated: 0, kept: 0, lost: 0 });
		expect(preview.profile.lost).toBe(2);
	});
});

describe('parseLearnerFile', () => {
	it('refuses a part that is not a known store, including inherited names', () => {
		const text = (data: object) =>
			JSON.stringify({ format: 'processbook-learner-data', version: 1, exportedAt: '2026-03-01T00:00:00.000Z', data });
		expect(parseLearnerFile(text({ constructor: {} }))).toEqual({ ok: false, problem: 'unknown:constructor' });
		expect(parseLearnerFile(text({ receipts: { standards: {} } }))).toEqual({ ok: true, stores: { receipts: { standards: {} } } });
	});
});

import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { issuesOf } from './schema-test-helpers.ts';

describe('glossaryTermSchema', () => {
	it('parses a valid term and fills defaults', () => {
		expect(glossaryTermSchema.parse({ id: 'smart', term: 'SMART 原则', definition: '目标设定方法。' })).toEqual({
			id: 'smart',
			term: 'SMART 原则',
			definition: '目标设定方法。',
			related: [],
			refs: [],
		});
		expect(
			glossaryTermSchema.parse({
				id: 'wbs',
				term: 'WBS',
				english: 'Work Breakdown Structure',
				definition: 'd',
				related: ['smart'],
				refs: ['sc-01#c-2-3'],
			}),
		).toEqual({
			id: 'wbs',
			term: 'WBS',
			english: 'Work Breakdown Structure',
			definition: 'd',
			related: ['smart'],
			refs: ['sc-01#c-2-3'],
		});
	});

	it('gives friendly messages', () => {
		expect(issuesOf(glossaryTermSchema.safeParse({ id: 'Smart', term: '', english: 5, refs: ['sc01'], related: 'smart' }))).toEqual([
			['id', 'expected a lower-case id such as "sc-01", got the text "Smart". Hint: use a-z, 0-9 and single hyphens'],
			['term', 'expected the term, got the text ""'],
			['english', 'expected the English form (text), got number 5'],
			['definition', 'required field is missing: expected a definition'],
			['related', 'expected a list of term ids, got the text "smart"'],
			[
				'refs.0',
				'expected a clause reference like "sc-01#c-2-3", got the text "sc01". Hint: standard id, "#", then the clause anchor (or sc-01@1.0.0#c-2-3 for one version)',
			],
		]);
	});
});

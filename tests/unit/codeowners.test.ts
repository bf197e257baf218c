/** CODEOWNERS generated from content: standards by owner role, training by the standards it lists. */
import { describe, expect, it } from 'vitest';
import { generateCodeowners } from '../../src/lib/codeowners.ts';
import { base, branch } from './change-report-fixtures.ts';

const config = { default: ['@org/editors'], maintainers: ['@org/maintainers'], roles: { lead: ['@org/leads', '@wang-li'] } };
const lines = (text: string) => text.split('\n').filter((line) => line && !line.startsWith('#'));

describe('generateCodeowners', () => {
	it('gives each standard to its owner role and each quiz, assessment, checklist, handbook and path to the owners it depends on', () => {
		const text = generateCodeowners(base, config, 'content', '.github/reviewers.yaml');
		const owned = lines(text).filter((line) => line.startsWith('/content/'));
		expect(owned).toEqual([
			'/content/standards/xx-01/ @org/leads @wang-li',
			'/content/assessments/reply-check.yaml @org/leads @wang-li',
			'/content/checklists/reply.mdx @org/leads @wang-li',
			'/content/handbooks/lead.mdx @org/leads @wang-li',
			'/content/paths/lead.yaml @org/leads @wang-li',
			'/content/quizzes/reply-quiz.yaml @org/leads @wang-li',
		]);
		expect(lines(text)[0]).toBe('* @org/editors');
		expect(lines(text)).toContain('/src/ @org/maintainers');
	});

	it('changes when a standard is added, which is what the drift check catches', () => {
		const before = generateCodeowners(base, config, 'content', 'r.yaml');
		const after = generateCodeowners(branch(), config, 'content', 'r.yaml');
		expect(after).not.toBe(before);
		expect(lines(after)).toContain('/content/standards/yy-01/ @org/leads @wang-li');
		expect(lines(after)).toContain('/content/quizzes/yy-quiz.yaml @org/leads @wang-li');
	});

	it('names the file and the role when a role has no reviewers', () => {
		expect(() => generateCodeowners(base, { ...config, roles: {} }, 'content', '.github/reviewers.yaml')).toThrow(
			'content/standards/xx-01/1.0.0.mdx: owner: role "lead" has no reviewers in .github/reviewers.yaml; add it under roles',
		);
	});
});

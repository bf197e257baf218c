/** Who reviews what (`.github/reviewers.yaml`): roles → GitHub users or teams, the source of CODEOWNERS. */
import { z } from 'astro/zod';
import { expected } from './errors.ts';
import { slug } from './fields.ts';

/** A GitHub user (`@wang-li`) or team (`@org/team`), as CODEOWNERS names them. */
const reviewer = z
	.string({ error: expected('a GitHub user or team such as "@org/editors"') })
	.regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?$/, {
		error: expected('a GitHub user or team such as "@org/editors"'),
	})
	.describe('A GitHub user (@name) or team (@org/team).');

const reviewers = (what: string) =>
	z
		.array(reviewer, { error: expected('a list of GitHub users or teams') })
		.min(1, { error: expected('at least one reviewer') })
		.describe(what);

export const reviewerConfigSchema = z
	.object({
		default: reviewers('Reviewers of everything no other rule names (glossary, lock, traceability).'),
		maintainers: reviewers('Reviewers of the code, tests, schemas and CI configuration.'),
		roles: z
			.record(slug, reviewers('Reviewers for this role.'), { error: expected('a map of role id → reviewers') })
			.describe("Each role (a handbook id, as in a standard's `owner`) → who approves changes to the content it owns."),
	})
	.strict();

export type ReviewerConfigData = z.infer<typeof reviewerConfigSchema>;

/**
 * `npm run check:repo`: the repository files that are generated or that only a hosted CI reads,
 * checked here so a mistake shows before a push: the GitHub workflow files against GitHub's
 * workflow schema (@action-validator/core, wasm: nothing to download), .github/CODEOWNERS against the
 * content (`npm run owners`), and schemas/json/ against the zod schemas (`npm run schemas`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describeWorkflowErrors, type WorkflowError } from '../src/lib/workflow-errors.ts';
import { checkJsonSchemas } from './json-schemas.ts';
import { checkCodeowners } from './owners.ts';

const WORKFLOW_DIR = '.github/workflows';

export function checkWorkflows(root = process.cwd()): string[] {
	const dir = join(root, WORKFLOW_DIR);
	const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : [];
	if (files.length === 0) return [`${WORKFLOW_DIR}/ holds no workflow file`];
	return files.flatMap((name) => {
		const text = readFileSync(join(dir, name), 'utf8');
		const state = validateWorkflow(text) as { errors: WorkflowError[] };
		return describeWorkflowErrors(`${WORKFLOW_DIR}/${name}`, text, state.errors);
	});
}

if (import.meta.main) {
	const sections: [string, string[]][] = [
		['workflow files', checkWorkflows()],
		['CODEOWNERS', checkCodeowners()],
		['JSON Schemas', checkJsonSchemas()],
	];
	for (const [what, problems] of sections) {
		if (problems.length === 0) console.log(`✓ ${what}`);
		else console.error(`✗ ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	}
	if (sections.some(([, problems]) => problems.length > 0)) process.exit(1);
}

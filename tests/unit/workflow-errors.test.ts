/** Workflow validation messages name the file and line; the shipped workflow files pass. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { describeWorkflowErrors, lineOfPointer, type WorkflowError } from '../../src/lib/workflow-errors.ts';

const validate = (text: string) => describeWorkflowErrors('w.yml', text, (validateWorkflow(text) as { errors: WorkflowError[] }).errors);

describe('describeWorkflowErrors', () => {
	it('names the line of a misspelt key, from the closest alternative of the schema', () => {
		const text = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        wiht: {}\n';
		expect(validate(text)).toEqual(["w.yml:6: /jobs/test/steps/0: Additional property 'wiht' is not allowed"]);
	});

	it('names the line of a YAML syntax error', () => {
		expect(validate('on: push\njobs:\n  test:\n    steps: [\n')).toEqual([expect.stringMatching(/^w\.yml:5: /)]);
	});

	it('finds the line of a JSON pointer, or of its nearest ancestor', () => {
		const text = 'a:\n  b:\n    - x\n    - y\n';
		expect(lineOfPointer(text, '/a/b/1')).toBe(4);
		expect(lineOfPointer(text, '/a/missing')).toBe(1);
	});

	it('passes every workflow the repository ships', () => {
		const dir = join(import.meta.dirname, '..', '..', '.github', 'workflows');
		for (const name of readdirSync(dir)) expect(validate(readFileSync(join(dir, name), 'utf8')), name).toEqual([]);
	});
});

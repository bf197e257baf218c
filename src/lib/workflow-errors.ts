/**
 * Turns the workflow validator's verdict (@action-validator/core: GitHub's workflow JSON Schema,
 * compiled to wasm) into one line per problem with file and line, e.g.
 * `.github/workflows/pr.yml:14: /jobs/test/steps/0: Additional property 'wiht' is not allowed`.
 * A `oneOf` failure lists the alternative that came closest, not every branch of the schema.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export type WorkflowError =
	| { code: string; detail?: string; path: string; title: string; states?: { errors: WorkflowError[] }[] }
	| { code: string; detail: string; title: string; location?: { index: number; line: number; column: number } };

/** The errors that explain a failure: for `oneOf`, those of the alternative with the fewest. */
function leaves(error: WorkflowError): WorkflowError[] {
	if ('states' in error && error.states && error.states.length > 0) {
		const closest = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0]!;
		return closest.errors.flatMap(leaves);
	}
	return [error];
}

/** 1-based line of a JSON pointer (`/jobs/a/steps/0`) in the YAML text; the nearest existing ancestor's when absent. */
export function lineOfPointer(text: string, pointer: string): number | undefined {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	let node = doc.contents as YamlNode | null;
	let line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
	for (const key of pointer
		.split('/')
		.slice(1)
		.map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))) {
		let next: YamlNode | null | undefined;
		if (isMap(node)) {
			const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === key);
			if (pair?.key && (pair.key as YamlNode).range) line = lineCounter.linePos((pair.key as YamlNode).range![0]).line;
			next = pair?.value as YamlNode | null | undefined;
		} else if (isSeq(node)) {
			next = node.items[Number(key)] as YamlNode | undefined;
			if (next?.range) line = lineCounter.linePos(next.range[0]).line;
		}
		if (!next) break;
		node = next;
	}
	return line;
}

export function describeWorkflowErrors(file: string, text: string, errors: readonly WorkflowError[]): string[] {
	const lines = new Set<string>();
	for (const error of errors.flatMap(leaves)) {
		const what = error.detail ?? error.title;
		if ('location' in error && error.location) lines.add(`${file}:${error.location.line}: ${what}`);
		else if ('path' in error) lines.add(`${file}:${lineOfPointer(text, error.path) ?? 1}: ${error.path || '/'}: ${what}`);
		else lines.add(`${file}: ${what}`);
	}
	return [...lines];
}

/** The editor schemas: generated from zod with a description on every field, and accepting the shipped content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JSON_SCHEMAS, jsonSchemaText } from '../../scripts/json-schemas.ts';
import { traceabilitySchema } from '../../schemas/traceability.ts';

type Json = {
	properties?: Record<string, Json>;
	items?: Json;
	additionalProperties?: Json;
	oneOf?: Json[];
	anyOf?: Json[];
	description?: string;
};

function undescribed(schema: Json, path: string): string[] {
	const own = Object.entries(schema.properties ?? {}).flatMap(([key, value]) => [
		...(value.description ? [] : [`${path}.${key}`]),
		...undescribed(value, `${path}.${key}`),
	]);
	const nested = [schema.items, schema.additionalProperties, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].filter(
		(s): s is Json => typeof s === 'object' && s !== null,
	);
	return [...own, ...nested.flatMap((s) => undescribed(s, `${path}[]`))];
}

describe('JSON Schemas', () => {
	it('describe every field of every content type', () => {
		for (const entry of JSON_SCHEMAS) expect(undescribed(JSON.parse(jsonSchemaText(entry)) as Json, entry.name)).toEqual([]);
	});

	it('write a date field as a YYYY-MM-DD string, as authors type it', () => {
		const standard = JSON.parse(jsonSchemaText(JSON_SCHEMAS.find((e) => e.name === 'standard')!)) as {
			properties: Record<string, { type?: string; format?: string }>;
		};
		expect(standard.properties.effective).toMatchObject({ type: 'string', format: 'date' });
	});

	it('accept the traceability file the project ships, and name the field of a bad entry', () => {
		const text = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'traceability.yaml'), 'utf8');
		expect(traceabilitySchema.safeParse(parse(text)).success).toBe(true);
		const bad = traceabilitySchema.safeParse({ 'sc-01': { 'section-2': 'x' } });
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.path).toEqual(['sc-01', 'section-2']);
	});

	it('are mapped to the YAML content files in the editor settings', () => {
		const settings = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.vscode', 'settings.json'), 'utf8')) as {
			'yaml.schemas': Record<string, string | string[]>;
		};
		const mapped = Object.keys(settings['yaml.schemas']).map((p) => p.replace(/^\.\//, ''));
		for (const name of ['quiz', 'assessment', 'path', 'glossary', 'traceability', 'reviewers'])
			expect(mapped).toContain(`schemas/json/${name}.schema.json`);
		for (const file of mapped)
			expect(readdirSync(join(import.meta.dirname, '..', '..', 'schemas', 'json'))).toContain(file.replace('schemas/json/', ''));
	});
});

/**
 * The lint rules that state the architecture (eslint.config.js) must fail on the breaches they name,
 * not only pass on today's code: a scratch project with the repository's config gets a planted import
 * cycle, a src/lib module reaching into src/data, a client element importing build-time code, a
 * runtime import of i18n in the browser, and an import of a file that does not exist.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CONFIG = resolve('eslint.config.js');

const PLANTED: Record<string, string> = {
	'src/lib/cycle-a.ts': "import { b } from './cycle-b.ts';\nexport const a = (): unknown => b;\n",
	'src/lib/cycle-b.ts': "import { a } from './cycle-a.ts';\nexport const b = (): unknown => a;\n",
	'src/lib/reaches-up.ts': "import { catalog } from '../data/catalog.ts';\nexport const c = catalog;\n",
	'src/lib/clean.ts': "import type { Thing } from '../../schemas/thing.ts';\nexport const clean = (t: Thing): Thing => t;\n",
	'src/data/catalog.ts': 'export const catalog = 1;\n',
	'src/client/uses-data.ts': "import { catalog } from '../data/catalog.ts';\nexport const d = catalog;\n",
	'src/client/uses-i18n.ts': "import { en } from '../i18n/en.ts';\nexport const e = en;\n",
	'src/i18n/en.ts': 'export const en = {};\n',
	'src/components/moved.ts': "import { gone } from '../lib/gone.ts';\nexport const f = gone;\n",
	'schemas/thing.ts': 'export interface Thing {\n\tid: string;\n}\n',
};

let root = '';
let messages: Record<string, string[]> = {};

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'pb-lint-'));
	for (const [file, text] of Object.entries(PLANTED)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	}
	const eslint = new ESLint({ cwd: root, overrideConfigFile: CONFIG });
	const results = await eslint.lintFiles(['src', 'schemas']);
	messages = Object.fromEntries(
		results.map((r) => [r.filePath.slice(root.length + 1), r.messages.map((m) => `${m.ruleId}: ${m.message}`)]),
	);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('eslint.config.js', () => {
	it('reports an import cycle on both modules', () => {
		for (const file of ['src/lib/cycle-a.ts', 'src/lib/cycle-b.ts']) {
			expect(messages[file]).toContainEqual(expect.stringMatching(/^import-x\/no-cycle/));
		}
	});

	it('keeps src/lib pure: an import from src/data fails, a type from schemas passes', () => {
		expect(messages['src/lib/reaches-up.ts']).toContainEqual(expect.stringContaining('src/lib/ is pure TypeScript'));
		expect(messages['src/lib/clean.ts']).toEqual([]);
	});

	it('keeps browser code off build-time modules and runtime i18n', () => {
		expect(messages['src/client/uses-data.ts']).toContainEqual(expect.stringContaining('src/client/ runs in the browser'));
		expect(messages['src/client/uses-i18n.ts']).toContainEqual(expect.stringContaining('for types only'));
	});

	it('reports an import of a file that does not exist', () => {
		expect(messages['src/components/moved.ts']).toContainEqual(expect.stringMatching(/^import-x\/no-unresolved/));
	});
});

/**
 * Lint rules that state the architecture (see README "How it is built"). Data flows one way:
 * content → schemas → content layer → src/data → components/pages → dist; client elements over src/lib. So
 * - `src/lib/` is pure: it imports nothing from the other `src/` folders, and from `schemas/` only types;
 * - `src/client/` (browser custom elements) imports `src/lib/` modules, and only types from i18n/ and schemas/;
 * - `src/data/` (build-time data) never reaches up into components, layouts, pages or client code, not even for a
 *   type: the types a component and its data share live with the data;
 * - no module imports itself back through a cycle (import-x/no-cycle; type-only loops are caught by the folder
 *   rules above, since a type that two layers share belongs to the lower one).
 * Formatting is Prettier's job (`.prettierrc.json`); these rules are about structure and correctness.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const leaveLib = {
	regex: '^\\.\\./(?!\\.\\./schemas/)',
	message: 'src/lib/ is pure TypeScript: import only other src/lib/ modules (and types from schemas/).',
};

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.bench/',
			'.astro/',
			'node_modules/',
			'content/',
			'tests/fixtures/',
			'tests/.scratch/',
			'test-results/',
			'playwright-report/',
			'public/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
		plugins: { 'import-x': importX },
		settings: {
			'import-x/extensions': ['.ts', '.js', '.mjs', '.astro'],
			// import-x parses every imported module to follow cycles: TypeScript and Astro need their own parsers.
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mjs', '.js'], 'astro-eslint-parser': ['.astro'] },
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }],
			'import-x/no-self-import': 'error',
			// A moved file must not leave an import behind (virtual modules of Astro and Vite are not files).
			'import-x/no-unresolved': ['error', { ignore: ['^astro:', '\\?(url|raw|worker&url)$'] }],
			// Flags a default given before a try block whose catch leaves the function: a deliberate pattern here.
			'no-useless-assignment': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
	{
		files: ['src/lib/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						leaveLib,
						{ regex: '^\\.\\./\\.\\./schemas/', allowTypeImports: true, message: 'src/lib/ may use schemas/ for types only.' },
						{ regex: '^astro', message: 'src/lib/ is framework-free.' },
					],
				},
			],
		},
	},
	{
		files: ['src/client/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\.\\./(?!lib/|i18n/|\\.\\./schemas/)',
							message: 'src/client/ runs in the browser: import src/lib/ modules (types: also i18n/ and schemas/).',
						},
						{
							regex: '^\\.\\./(i18n/|\\.\\./schemas/)',
							allowTypeImports: true,
							message: 'src/client/ may use i18n/ and schemas/ for types only: strings arrive from the page, schemas are build-time.',
						},
						{ regex: '^astro', allowTypeImports: true, message: 'src/client/ runs in the browser: no build-time code.' },
					],
				},
			],
		},
	},
	{
		files: ['src/data/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\.\\./(components|layouts|pages|client)/',
							message: 'src/data/ is below components, pages and client code: move the shared type here instead.',
						},
					],
				},
			],
		},
	},
);

/**
 * `npm run owners`: writes .github/CODEOWNERS from the content and .github/reviewers.yaml (see
 * src/lib/codeowners.ts). `--check` only compares, naming the command to run when they differ;
 * `npm run check:repo` runs it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { reviewerConfigSchema } from '../schemas/reviewers.ts';
import { siteConfig } from '../src/config.ts';
import { generateCodeowners } from '../src/lib/codeowners.ts';

export const CONFIG_PATH = '.github/reviewers.yaml';
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/** The CODEOWNERS text the content asks for; throws with file and field named when it cannot be made. */
export function expectedCodeowners(root = process.cwd()): string {
	const configText = readFileSync(join(root, CONFIG_PATH), 'utf8');
	const parsed = reviewerConfigSchema.safeParse(parseYaml(configText));
	if (!parsed.success) {
		throw new Error(
			parsed.error.issues.map((issue) => `${CONFIG_PATH}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('\n'),
		);
	}
	// PROCESSBOOK_CONTENT_DIR may be absolute; CODEOWNERS can only name files inside this repository.
	const contentDir = relative(root, resolve(root, siteConfig.contentDir)).split('\\').join('/');
	if (contentDir.startsWith('..') || isAbsolute(contentDir))
		throw new Error(
			`The content folder ${resolve(root, siteConfig.contentDir)} lies outside this repository (${root}); CODEOWNERS can only name files inside it. Hint: unset PROCESSBOOK_CONTENT_DIR or point it inside the repository`,
		);
	const files = new Map<string, string>();
	for (const entry of readdirSync(join(root, contentDir), { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
	}
	return generateCodeowners(files, parsed.data, contentDir, CONFIG_PATH);
}

/** Problems with the committed CODEOWNERS: none when it is what the content asks for. */
export function checkCodeowners(root = process.cwd()): string[] {
	let expected: string;
	try {
		expected = expectedCodeowners(root);
	} catch (error) {
		return (error as Error).message.split('\n');
	}
	const path = join(root, CODEOWNERS_PATH);
	if (!existsSync(path)) return [`${CODEOWNERS_PATH} is missing: run \`npm run owners\` and commit it`];
	if (readFileSync(path, 'utf8') === expected) return [];
	const have = new Set(readFileSync(path, 'utf8').split('\n'));
	const differ = expected
		.split('\n')
		.filter((line) => line && !have.has(line))
		.slice(0, 5);
	return [
		`${CODEOWNERS_PATH} is out of date with the content or ${CONFIG_PATH} (e.g. expected "${differ[0] ?? '…'}"): run \`npm run owners\` and commit it`,
	];
}

if (import.meta.main) {
	if (process.argv.includes('--check')) {
		const problems = checkCodeowners();
		for (const problem of problems) console.error(`- ${problem}`);
		if (problems.length > 0) process.exit(1);
		console.log(`${CODEOWNERS_PATH} matches the content.`);
	} else {
		try {
			writeFileSync(CODEOWNERS_PATH, expectedCodeowners());
			console.log(`Wrote ${CODEOWNERS_PATH}.`);
		} catch (error) {
			console.error((error as Error).message);
			process.exit(1);
		}
	}
}

/**
 * What the end-to-end tests expect, read from the content the site was built from (PROCESSBOOK_CONTENT_DIR,
 * default `content/`), never written into the tests: an author who adds a standard, a version, a quiz, a path
 * step or a glossary term changes no test. tests/content-independence/ proves it by running the
 * content-dependent specs against a build of an enlarged copy of the content.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compareVersions, currentVersion } from '../../src/lib/versions.ts';

export const CONTENT_DIR = process.env.PROCESSBOOK_CONTENT_DIR ?? 'content';

export interface ModelVersion {
	version: string;
	status: string;
	code: string;
	title: string;
	effective: string;
	reviewBy: string;
	file: string;
}

export interface ModelStandard {
	id: string;
	code: string;
	title: string;
	/** Newest first, drafts left out (the build leaves them out). */
	versions: ModelVersion[];
	current: ModelVersion;
}

function frontMatter(file: string): Record<string, unknown> {
	const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return (match ? parseYaml(match[1] ?? '', { schema: 'failsafe' }) : {}) as Record<string, unknown>;
}

function readYaml<T>(file: string): T {
	return parseYaml(readFileSync(file, 'utf8')) as T;
}

/** Every standard with at least one released version, by id. */
export function standards(): ModelStandard[] {
	const dir = join(CONTENT_DIR, 'standards');
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => {
			const versions = readdirSync(join(dir, entry.name))
				.filter((name) => /^\d+\.\d+\.\d+\.mdx$/.test(name))
				.map((name) => {
					const file = join(dir, entry.name, name);
					const data = frontMatter(file);
					return {
						version: name.replace(/\.mdx$/, ''),
						status: String(data.status),
						code: String(data.code),
						title: String(data.title),
						effective: String(data.effective),
						reviewBy: String(data.reviewBy),
						file: file.split('\\').join('/'),
					};
				})
				.filter((v) => v.status !== 'draft')
				.sort((a, b) => compareVersions(b.version, a.version));
			const current = currentVersion(versions);
			return current ? [{ id: entry.name, code: current.code, title: current.title, versions, current }] : [];
		})
		.sort((a, b) => a.id.localeCompare(b.id));
}

export function standard(id: string): ModelStandard {
	const found = standards().find((s) => s.id === id);
	if (!found) throw new Error(`The tests expect standard "${id}" in ${CONTENT_DIR}/standards/`);
	return found;
}

/** Released version files of all standards: what the feed lists. */
export function releasedVersions(): (ModelVersion & { id: string })[] {
	return standards().flatMap((s) => s.versions.map((v) => ({ ...v, id: s.id })));
}

/** The steps of a role's onboarding path, in order. */
export function pathSteps(role: string): unknown[] {
	const data = readYaml<{ steps?: unknown[] }>(join(CONTENT_DIR, 'paths', `${role}.yaml`));
	return data.steps ?? [];
}

export interface ModelQuiz {
	id: string;
	title: string;
	/** Questions one attempt shows. */
	draw: number;
	/** Questions in the pool. */
	questions: number;
	/** Share of points needed to pass, 0–1. */
	passMark: number;
}

export function quiz(id: string): ModelQuiz {
	const file = join(CONTENT_DIR, 'quizzes', `${id}.yaml`);
	if (!existsSync(file)) throw new Error(`The tests expect quiz "${id}" in ${CONTENT_DIR}/quizzes/`);
	const data = readYaml<{ title: string; draw?: number; questions: unknown[]; passMark: number }>(file);
	const questions = data.questions.length;
	return { id, title: data.title, draw: Math.min(data.draw ?? questions, questions), questions, passMark: data.passMark };
}

/** Dimensions of a self-assessment, in order. */
export function assessmentDimensions(id: string): { id: string; title: string }[] {
	return readYaml<{ dimensions: { id: string; title: string }[] }>(join(CONTENT_DIR, 'assessments', `${id}.yaml`)).dimensions;
}

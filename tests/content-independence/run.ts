/**
 * Proves that an author's content change needs no test change. It copies `content/` to a scratch folder and
 * does there what an author's pull request does: adds a new standard (with a quiz on it and a glossary term)
 * and releases a new minor version of an existing one (superseding the old version, locking the new one with
 * the project's own `lock:standards`). It then builds that content into a scratch output and runs the
 * content-dependent end-to-end tests (tagged `@content`) against that build; they read their expectations from
 * the same content folder (tests/e2e/content-model.ts), so they must pass unchanged.
 *
 * Usage (part of `npm test`): node tests/content-independence/run.ts
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '../../src/lib/versions.ts';

const ROOT = join('tests', '.scratch', 'content-independence');
const CONTENT = join(ROOT, 'content');
const OUT = join(ROOT, 'dist');
const env = {
	...process.env,
	PROCESSBOOK_CONTENT_DIR: CONTENT,
	PROCESSBOOK_OUT_DIR: OUT,
	PROCESSBOOK_TEST_PORT: process.env.PROCESSBOOK_GROWN_PORT ?? '4339',
	FORCE_COLOR: '0',
};

function run(command: string, args: string[]): void {
	const result = spawnSync(command, args, { stdio: 'inherit', env });
	if (result.status !== 0) {
		console.error(`\nContent-independence check failed at: ${command} ${args.join(' ')}`);
		process.exit(result.status ?? 1);
	}
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A new standard, released: four numbered clauses, one citing an existing standard. */
function addStandard(): void {
	const dir = join(CONTENT, 'standards', 'zz-90');
	mkdirSync(dir, { recursive: true });
	const clause = (n: string, title: string, text: string) => `### ${n} ${title}\n\n${text}\n`;
	writeFileSync(
		join(dir, '1.0.0.mdx'),
		`---
code: ZZ-90
title: 测试用新增标准
version: 1.0.0
status: active
effective: ${day(-2)}
reviewBy: ${day(363)}
owner: project-lead
stages: [planning]
summary: 用于证明新增标准无须改动测试的示例标准。
changes:
  - 首次发布。
audience: [project-lead]
tags: [示例]
---

本标准只在测试的临时副本中存在。

## 1 总则

${clause('1.1', '适用范围', '本标准适用于测试副本中的示例项目。')}
${clause('1.2', '职责', '项目负责人按 [](std:sc-01#c-1-1) 组织工作。')}
## 2 要求

${clause('2.1', '记录', '每项决定须在当天写入项目记录。')}
${clause('2.2', '复核', '每月复核一次记录的完整性。')}`,
	);
	writeFileSync(
		join(CONTENT, 'quizzes', 'zz-90-basics.yaml'),
		`title: 示例标准测验
description: 检验对示例标准 ZZ-90 的掌握。
standards: [zz-90]
passMark: 0.5
partialCredit: proportional
questions:
  - id: q1
    type: true-false
    prompt: 每项决定须在当天写入项目记录。
    ref: "zz-90#c-2-1"
    answer: true
    explanation: ZZ-90 §2.1 规定当天写入。
  - id: q2
    type: single
    prompt: 记录的完整性多久复核一次？
    ref: "zz-90#c-2-2"
    options:
      - id: a
        text: 每周
      - id: b
        text: 每月
    answer: b
    explanation: ZZ-90 §2.2 规定每月复核一次。
`,
	);
	appendFileSync(
		join(CONTENT, 'glossary.yaml'),
		`
- id: zz-record
  term: 示例记录
  english: Sample record
  definition: 测试副本中新增的术语，用于证明新增术语无须改动测试。
  refs: ["zz-90#c-2-1"]
`,
	);
}

/** A new minor version of SC-01: one clause reworded, one added, the old current version superseded. */
function addVersion(): void {
	const dir = join(CONTENT, 'standards', 'sc-01');
	const newest = readdirSync(dir)
		.map((name) => name.replace(/\.mdx$/, ''))
		.sort(compareVersions)
		.at(-1)!;
	const [major, minor] = newest.split('.').map(Number) as [number, number];
	const next = `${major}.${minor + 1}.0`;
	const text = readFileSync(join(dir, `${newest}.mdx`), 'utf8');
	const lastHeading = [...text.matchAll(/^### (\d+)\.(\d+) /gm)].at(-1)!;
	const added = `${lastHeading[1]}.${Number(lastHeading[2]) + 1}`;
	const released = text
		.replace(/^version: .*$/m, `version: ${next}`)
		.replace(/^effective: .*$/m, `effective: ${day(-1)}`)
		.replace(/^reviewBy: .*$/m, `reviewBy: ${day(364)}`)
		.replace(/^changes:\n(?: {2}- .*\n)+/m, `changes:\n  - "新增 ${added} 试点记录：规定试点项目的记录要求。"\n`)
		.trimEnd();
	writeFileSync(
		join(dir, `${next}.mdx`),
		`${released}\n\n### ${added} 试点记录\n\n试点项目的每项决定须在当天写入项目记录，并注明试点编号。\n`,
	);
	writeFileSync(join(dir, `${newest}.mdx`), text.replace(/^status: active$/m, 'status: superseded'));
}

rmSync(ROOT, { recursive: true, force: true });
cpSync('content', CONTENT, { recursive: true });
addStandard();
addVersion();
run('node', ['scripts/lock-standards.ts']);
run('node', ['scripts/build.ts']);
run('playwright', ['test', '--grep', '@content', '--output', join(ROOT, 'test-results')]);
rmSync(ROOT, { recursive: true, force: true });
console.log('Content independence: the @content end-to-end tests pass unchanged on content with a new standard, version, quiz and term.');

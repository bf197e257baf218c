/**
 * Generated standards for `npm run bench:build`: the shipped content copied to a scratch folder
 * plus N standards in the real format (front matter, 4 numbered clauses of about 1,500 Chinese
 * characters made from the shipped sentences, every tenth with a released second version, each
 * citing a clause of another), a checklist and a quiz citing some of them, and the lock updated.
 * Deterministic: standard n is the same text whatever N (it cites standard n + 1, wrapping at N), so
 * runs can be compared and a page can be compared between a small and a large library.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeLock, isReleased, type VersionLock } from '../src/lib/version-lock.ts';

const STAGES = ['needs-analysis', 'planning', 'execution', 'quality-control', 'evaluation', 'cross-cutting'];
/** Characters per clause body, about what the corpus uses. */
const CLAUSE_CHARS = 1500;

/** A small linear congruential generator: enough for picking, and repeatable. */
function random(seed: number) {
	let state = seed >>> 0;
	return (n: number) => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state % n;
	};
}

/** Sentences and headings of the shipped standards, without Markdown syntax. */
function vocabulary(contentDir: string): { sentences: string[]; headings: string[] } {
	const sentences = new Set<string>();
	const headings = new Set<string>();
	const dir = join(contentDir, 'standards');
	for (const id of readdirSync(dir)) {
		for (const name of readdirSync(join(dir, id))) {
			const body = readFileSync(join(dir, id, name), 'utf8').replace(/^---[\s\S]*?---/, '');
			for (const line of body.split('\n')) {
				const heading = /^#{2,4}\s+(?:[\d.]+\s+)?(.+?)(?:\s*\[#[^\]]*\])?$/.exec(line);
				if (heading?.[1]) headings.add(heading[1]);
				else {
					const text = line
						.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
						.replace(/^[-*>\d.\s[\]x]+/, '')
						.replace(/[*_`|<>{}]/g, '');
					for (const sentence of text.split(/(?<=[。；！？])/)) if (/\p{Script=Han}{6,}/u.test(sentence)) sentences.add(sentence.trim());
				}
			}
		}
	}
	return { sentences: [...sentences], headings: [...headings] };
}

/** `gen-00042` and its code `GXA-042`: codes allow three digits, so the letters count the thousands. */
export const generatedId = (n: number) => `gen-${String(n).padStart(5, '0')}`;
const generatedCode = (n: number) =>
	`GX${String.fromCharCode(65 + (Math.floor(n / 1000) % 26))}${Math.floor(n / 26000) > 0 ? String.fromCharCode(65 + (Math.floor(n / 26000) % 26)) : ''}-${String(n % 1000).padStart(3, '0')}`;

interface Generated {
	/** Standard ids written. */
	ids: string[];
	/** Files written (standard versions, checklist, quiz). */
	files: number;
}

/**
 * Copies `from` (the shipped content) to `to` and adds `count` generated standards. `to` is removed first.
 * Returns what was written.
 */
export function writeBenchContent(from: string, to: string, count: number): Generated {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const { sentences, headings } = vocabulary(from);
	const roles = readdirSync(join(from, 'handbooks')).map((name) => name.replace(/\.mdx$/, ''));
	let pick = random(count + 7);
	const one = <T>(list: readonly T[]) => list[pick(list.length)]!;
	const paragraph = (chars: number) => {
		let text = '';
		while (text.length < chars) text += one(sentences);
		return text;
	};
	const ids: string[] = [];
	let files = 0;
	const written: { path: string; text: string }[] = [];
	for (let n = 1; n <= count; n++) {
		const id = generatedId(n);
		ids.push(id);
		pick = random(n);
		const cited = generatedId(n < count ? n + 1 : 1);
		const title = `${one(headings)}${one(['规范', '指引', '要求', '办法', '细则'])}（${n}）`;
		const stage = one(STAGES);
		const versions = n % 10 === 0 ? ['1.0.0', '1.1.0'] : ['1.0.0'];
		versions.forEach((version, v) => {
			const clauses = Array.from({ length: 4 }, (_, c) => {
				const body = [paragraph(CLAUSE_CHARS * 0.4), paragraph(CLAUSE_CHARS * 0.3), paragraph(CLAUSE_CHARS * 0.3)];
				// Each standard cites a clause of another one, as real standards do.
				if (c === 1) body[1] += `执行时参照 [](std:${cited}#c-${1 + (n % 4)}) 的要求。`;
				if (v > 0 && c === 3) body[2] += '本版本补充了对记录保存期限的要求。';
				return `## ${c + 1} ${one(headings)}\n\n${body.join('\n\n')}`;
			});
			const superseded = v < versions.length - 1;
			const front = [
				'---',
				`code: ${generatedCode(n)}`,
				`title: ${title}`,
				`version: ${version}`,
				`status: ${superseded ? 'superseded' : 'active'}`,
				`effective: 2025-${String(1 + v * 6).padStart(2, '0')}-01`,
				'reviewBy: 2099-01-01',
				`owner: ${one(roles)}`,
				`stages: [${stage}]`,
				`summary: ${one(sentences)}`,
				'changes:',
				`  - "${v === 0 ? '首次发布。' : '补充记录保存期限的要求。'}"`,
				`audience: [${one(roles)}]`,
				`tags: [生成, ${stage}]`,
				'---',
				'',
			].join('\n');
			const text = `${front}${one(sentences)}\n\n${clauses.join('\n\n')}\n`;
			const path = join(to, 'standards', id, `${version}.mdx`);
			mkdirSync(join(to, 'standards', id), { recursive: true });
			writeFileSync(path, text);
			written.push({ path: `standards/${id}/${version}.mdx`, text });
			files += 1;
		});
	}
	pick = random(count + 7);
	// A checklist and a quiz that cite some of the generated standards, so pages that read citations have work to do.
	// The first standard always, then spread over the library: 20 at most.
	const citedIds = ids.filter((_, i) => i % Math.max(1, Math.floor(count / 20)) === 0).slice(0, 20);
	if (citedIds.length > 0) {
		const items = citedIds.map((id, i) => `- [ ] ${one(sentences).replace(/[。；！？]$/, '')} [](std:${id}#c-${1 + (i % 4)})`);
		writeFileSync(
			join(to, 'checklists', 'generated-checks.mdx'),
			`---\ntitle: 生成的检查清单\nsummary: 基准测试生成的检查清单。\nroles: [${roles[0]}]\nstages: [execution]\nstandards: [${citedIds.join(', ')}]\ntags: [生成]\n---\n\n## 检查项\n\n${items.join('\n')}\n`,
		);
		const questions = citedIds.map((id, i) =>
			[
				`  - id: q${i + 1}`,
				'    type: true-false',
				`    prompt: ${one(sentences)}`,
				`    ref: "${id}#c-${1 + (i % 4)}"`,
				'    answer: true',
				`    explanation: ${one(sentences)}`,
			].join('\n'),
		);
		writeFileSync(
			join(to, 'quizzes', 'generated-quiz.yaml'),
			`title: 生成的测验\ndescription: 基准测试生成的测验。\nstandards: [${citedIds.join(', ')}]\npassMark: 0.8\nquestions:\n${questions.join('\n')}\n`,
		);
		files += 2;
	}
	const lockPath = join(to, 'standards.lock.json');
	const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as VersionLock;
	const added = computeLock(written.map((file) => ({ ...file, released: isReleased(file.text) })));
	writeFileSync(lockPath, `${JSON.stringify({ ...lock, ...added }, null, '\t')}\n`);
	return { ids, files };
}

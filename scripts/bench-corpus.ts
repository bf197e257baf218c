/**
 * A generated corpus for `scripts/bench-search.ts`: N standard-like pages written as HTML straight
 * into a folder (no Astro build). Each page is a variant of one shipped document, made of that
 * document's sentences and headings: the vocabulary is the real one, and a word is on about the
 * same share of pages as in the shipped content (风险评估 on about one page in ten), which is what
 * decides how much a query loads and scores. Mixing sentences from every document instead puts
 * each common word on nearly every page. Deterministic: the same N gives the same pages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../src/lib/html.ts';

const STAGES = ['needs-analysis', 'planning', 'execution', 'quality-control', 'evaluation', 'cross-cutting'];
const TYPES = ['standard', 'handbook', 'checklist', 'case'];

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return mdxFiles(path);
		return entry.name.endsWith('.mdx') ? [path] : [];
	});
}

interface Source {
	sentences: string[];
	headings: string[];
}

/** Sentences and headings of each shipped document, without front matter or Markdown syntax. */
function sources(contentDir: string): Source[] {
	return mdxFiles(contentDir)
		.map((file) => {
			const sentences = new Set<string>();
			const headings = new Set<string>();
			const body = readFileSync(file, 'utf8').replace(/^---[\s\S]*?---/, '');
			for (const line of body.split('\n')) {
				const heading = line.match(/^#{2,4}\s+(?:[\d.]+\s+)?(.+?)(?:\s*\[#[^\]]*\])?$/);
				if (heading?.[1]) headings.add(heading[1]);
				else {
					const text = line
						.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
						.replace(/^[-*>\d.\s[\]x]+/, '')
						.replace(/[*_`|]/g, '');
					for (const sentence of text.split(/(?<=[。；！？])/)) if (/\p{Script=Han}{6,}/u.test(sentence)) sentences.add(sentence.trim());
				}
			}
			return { sentences: [...sentences], headings: [...headings] };
		})
		.filter((source) => source.sentences.length > 0 && source.headings.length > 0);
}

/** A small linear congruential generator: enough for picking, and repeatable. */
function random(seed: number) {
	let state = seed >>> 0;
	return (n: number) => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		// The high bits: an LCG's low bits repeat with a short period (state % 4 cycles through 4
		// values, so every page got the same type and no page was a standard).
		return Math.floor((state / 2 ** 32) * n);
	};
}

/** Writes `count` pages under `dir/corpus/<n>/index.html` and returns the total HTML bytes. */
export function writeCorpus(dir: string, count: number, contentDir = 'content'): number {
	const documents = sources(contentDir);
	const roles = readdirSync(join(contentDir, 'handbooks')).map((name) => name.replace(/\.mdx$/, ''));
	const pick = random(count);
	const one = <T>(list: readonly T[]) => list[pick(list.length)]!;
	let bytes = 0;
	for (let n = 1; n <= count; n++) {
		const { sentences, headings } = one(documents);
		const title = `${one(headings)}${one(['规范', '指引', '要求', '办法', '细则'])} ${n}`;
		const type = one(TYPES);
		// About the length of a shipped standard: 4–8 clauses of 4–10 sentences.
		const clauses = Array.from({ length: 4 + pick(5) }, () => {
			const paragraphs = Array.from(
				{ length: 2 + pick(3) },
				() => `<p>${Array.from({ length: 2 + pick(4) }, () => escapeHtml(one(sentences))).join('')}</p>`,
			);
			return { heading: one(headings), paragraphs };
		});
		const meta = [
			`<meta name="search-title" content="${escapeHtml(title)}" data-pagefind-meta="title[content]">`,
			`<meta name="search-type" content="${type}" data-pagefind-meta="type[content]">`,
			`<meta name="search-type" content="${type}" data-pagefind-filter="type[content]">`,
			`<meta name="search-stage" content="${one(STAGES)}" data-pagefind-filter="stage[content]">`,
			`<meta name="search-role" content="${one(roles)}" data-pagefind-filter="role[content]">`,
			...(type === 'standard'
				? [
						`<meta name="search-status" content="active" data-pagefind-filter="status[content]">`,
						`<meta name="search-code" content="GEN-${n}" data-pagefind-meta="code[content]">`,
						// The clause headings, one a line, as src/search/search-entries.ts gives a standard.
						`<meta name="search-clauses" content="${escapeHtml(clauses.map((c) => c.heading).join('\n'))}" data-pagefind-meta="clauses[content]">`,
					]
				: []),
		];
		const html = `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${meta.join('')}</head>\n<body><header data-pagefind-ignore><a href="/">Processbook</a></header>\n<main data-pagefind-body><h1>${escapeHtml(title)}</h1>\n${clauses.map((c, i) => `<h2 id="c-${i + 1}">${i + 1} ${escapeHtml(c.heading)}</h2>\n${c.paragraphs.join('\n')}`).join('\n')}\n</main></body></html>\n`;
		mkdirSync(join(dir, 'corpus', String(n)), { recursive: true });
		writeFileSync(join(dir, 'corpus', String(n), 'index.html'), html);
		bytes += Buffer.byteLength(html);
	}
	return bytes;
}

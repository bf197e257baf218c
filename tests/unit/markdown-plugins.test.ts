/**
 * The unified plugins run the way Astro runs them (remark → rehype → HTML), with their data passed
 * as options: the folders they apply to and a content index built from fixture texts.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildContentIndex, type ContentIndex } from '../../src/lib/content-index.ts';
import { rehypeChecklist } from '../../src/markdown/rehype-checklist.ts';
import { remarkClauses } from '../../src/markdown/remark-clauses.ts';
import { remarkReferences } from '../../src/markdown/remark-references.ts';
import { citationKey } from '../../src/content-source/standards-loader.ts';

const CWD = '/project';
const STANDARDS = '/project/content/standards';
const CHECKLISTS = '/project/content/checklists';

function standard(id: string, code: string, clauses: string): { path: string; text: string } {
	return {
		path: `content/standards/${id}/1.0.0.mdx`,
		text: `---\ncode: ${code}\ntitle: 标准${code}\nversion: 1.0.0\nstatus: active\neffective: 2026-01-01\n---\n${clauses}`,
	};
}

function indexOf(ab01Heading = '需求确认'): ContentIndex {
	return buildContentIndex({
		standards: [
			standard('ab-01', 'AB-01', `\n## 1 总则\n\n### 1.1 ${ab01Heading} [#c-sign-off]\n\n正文。\n`),
			standard('cd-02', 'CD-02', '\n## 1 范围\n\n正文。\n'),
		],
		glossary: { path: 'content/glossary.yaml', text: '- id: wbs\n  term: 工作分解结构\n  definition: 把交付成果逐层分解为工作包。\n' },
	});
}

async function run(
	markdown: string,
	path: string,
	remark: PluggableList,
	rehype: PluggableList = [],
): Promise<{ html: string; file: VFile }> {
	const file = new VFile({ value: markdown, path, cwd: CWD });
	const result = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remark)
		.use(remarkRehype)
		.use(rehype)
		.use(rehypeStringify)
		.process(file);
	return { html: String(result), file: result };
}

describe('remarkClauses', () => {
	it('gives numbered headings of a standard their clause anchor and drops the explicit [#id]', async () => {
		const { html } = await run('## 2 需求分析\n\n### 2.3 可行性分析\n\n### 2.4 需求确认 [#c-sign-off]\n', `${STANDARDS}/ab-01/1.0.0.mdx`, [
			[remarkClauses, { folder: STANDARDS }],
		]);
		// The clause number is a link to the clause's own anchor, named by its citation form.
		const anchor = (id: string, n: string) => `<a href="#${id}" class="clause-anchor" aria-label="§${n}">${n}</a>`;
		expect(html).toContain(`<h2 id="c-2" class="clause" data-clause="2">${anchor('c-2', '2')} 需求分析</h2>`);
		expect(html).toContain(`<h3 id="c-2-3" class="clause" data-clause="2.3">${anchor('c-2-3', '2.3')} 可行性分析</h3>`);
		expect(html).toContain(`<h3 id="c-sign-off" class="clause" data-clause="2.4">${anchor('c-sign-off', '2.4')} 需求确认</h3>`);
	});

	it('leaves files outside the standards folder alone', async () => {
		const { html } = await run('## 2 需求分析\n', `${CWD}/content/cases/x.mdx`, [[remarkClauses, { folder: STANDARDS }]]);
		expect(html).toBe('<h2>2 需求分析</h2>');
	});
});

describe('remarkReferences', () => {
	it('turns clause and term references into labelled links with a tooltip', async () => {
		const markdown = '见 [](std:ab-01#c-sign-off)、[](std:cd-02) 和 [WBS](term:wbs)。';
		const { html } = await run(markdown, `${CWD}/content/handbooks/x.mdx`, [[remarkReferences, { index: indexOf() }]]);
		expect(html).toBe(
			'<p>见 <a href="/standards/ab-01/#c-sign-off" title="需求确认" class="clause-ref">AB-01 §1.1</a>、' +
				'<a href="/standards/cd-02/" title="标准CD-02" class="clause-ref">CD-02</a> 和 ' +
				'<a href="/glossary/#wbs" title="把交付成果逐层分解为工作包。" class="term-ref">WBS</a>。</p>',
		);
	});

	it('reads the index through a function, so a rebuilt index is seen on the next file', async () => {
		let index = indexOf('需求确认');
		const plugins: PluggableList = [[remarkReferences, { index: () => index }]];
		expect((await run('[](std:ab-01#c-sign-off)', `${CWD}/content/cases/x.mdx`, plugins)).html).toContain('title="需求确认"');
		index = indexOf('书面确认');
		expect((await run('[](std:ab-01#c-sign-off)', `${CWD}/content/cases/x.mdx`, plugins)).html).toContain('title="书面确认"');
	});

	it('stops on an unknown target, naming the file (project-relative), the line and the target', async () => {
		const markdown = '第一行。\n\n见 [](std:ab-01#c-9-9)。';
		await expect(run(markdown, `${CWD}/content/checklists/x.mdx`, [[remarkReferences, { index: indexOf() }]])).rejects.toThrow(
			/content\/checklists\/x\.mdx:3: unknown clause "c-9-9" in standard "ab-01"/,
		);
	});
});

describe('rehypeChecklist', () => {
	it('makes task items enabled checkboxes named by their text (outside any label, so it is indexed) with stable ids', async () => {
		const markdown = '- [ ] 需求已确认\n- [ ] 需求已确认\n- [x] 计划已评审\n';
		const { html, file } = await run(markdown, `${CHECKLISTS}/plan.mdx`, [], [[rehypeChecklist, { folder: CHECKLISTS }]]);
		const ids = (file.data.astro as { frontmatter: { checklistItemIds: string[]; checklistItems: number } }).frontmatter;
		expect(ids.checklistItems).toBe(3);
		expect(new Set(ids.checklistItemIds).size).toBe(3);
		const [first] = ids.checklistItemIds;
		expect(html).toMatch(new RegExp(`<input type="checkbox" id="${first}" name="${first}"[^>]*aria-labelledby="${first}-text"[^>]*>`));
		expect(html).toContain(`<span id="${first}-text" class="item-text" data-item-text="">需求已确认</span>`);
		expect(html).not.toMatch(/<label[^>]*>[^<]+<\/label>/);
		expect(html).not.toContain('disabled');
		expect(html).not.toContain('checked');
	});

	it('leaves task lists outside the checklists folder as GFM renders them', async () => {
		const { html } = await run('- [ ] 项目\n', `${CWD}/content/cases/x.mdx`, [], [[rehypeChecklist, { folder: CHECKLISTS }]]);
		expect(html).toContain('disabled');
		expect(html).not.toContain('<label');
	});
});

describe('citationKey (the standards loader re-renders a file when what it cites changes)', () => {
	const body = '见 [](std:ab-01#c-sign-off) 和 [](term:wbs)。';

	it('changes when a cited clause is renamed, and not otherwise', () => {
		expect(citationKey(indexOf('需求确认'), body)).toBe(citationKey(indexOf('需求确认'), body));
		expect(citationKey(indexOf('书面确认'), body)).not.toBe(citationKey(indexOf('需求确认'), body));
	});

	it('does not depend on unrelated standards', () => {
		expect(citationKey(indexOf(), '见 [](std:cd-02)。')).toBe(citationKey(indexOf('书面确认'), '见 [](std:cd-02)。'));
	});
});

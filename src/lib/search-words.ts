/**
 * Chinese word separation for the search index, the same on both sides of a search.
 *
 * Chinese has no spaces between words, so a search engine must cut text into words, and a query
 * only matches when it is cut the same way as the text. Pagefind's extended build cuts indexed
 * text with its own dictionary (jieba) while its browser code cuts the query with the browser's
 * `Intl.Segmenter` (ICU), and the two disagree: the index held 里程碑 as 里程 + 碑 on six of the
 * seven pages using it, so a search for 里程碑 found one; 甘特图 and 干系人 found nothing. Here
 * both sides use `Intl.Segmenter`: the build separates the words of every indexed text with
 * spaces (Pagefind then indexes them as they are: see `INDEX_LANGUAGE`), and the search page
 * separates the query the same way. Displayed text gets its original spacing back (`joinWords`).
 */

/**
 * The index language given to Pagefind. "und" (undetermined) turns off Pagefind's own
 * segmentation and stemming, so it indexes exactly the words separated here. The pages still
 * declare `lang="zh-CN"`.
 */
export const INDEX_LANGUAGE = 'und';

const HAN = /\p{Script=Han}/u;
/** Han characters and the full-width punctuation that sits between them. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2026\\u2014\\u00b7]';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}(?:</?mark>)?) (?=(?:</?mark>)?${CJK})`, 'gu');

let segmenter: Intl.Segmenter | undefined;

/**
 * What each UTF-16 code unit is, filled in as met: `KNOWN`, plus `HAN_UNIT` when `HAN` matches it
 * and `SPACE_UNIT` when `\s` does. Separating a page's words is the costliest step of indexing it,
 * once for every page of a cold build; a table read per segment instead of three Unicode regexes
 * took 400 pages from 268-274 to 222-235 ms (the rest is `Intl.Segmenter`). A lone surrogate is
 * neither, so a character outside the Basic Multilingual Plane never counts as Han here, as before.
 */
const unitKinds = new Uint8Array(0x10000);
const KNOWN = 1;
const HAN_UNIT = 2;
const SPACE_UNIT = 4;

function unitKind(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (Number.isNaN(code)) return KNOWN;
	let kind = unitKinds[code]!;
	if (kind === 0) {
		const unit = String.fromCharCode(code);
		kind = KNOWN | (HAN.test(unit) ? HAN_UNIT : 0) | (/\s/u.test(unit) ? SPACE_UNIT : 0);
		unitKinds[code] = kind;
	}
	return kind;
}

/**
 * Puts `separator` at every word boundary that touches a Han character:
 * `调整里程碑须经批准` → `调整 里程碑 须 经 批准`. Text without Han characters is returned as it is.
 */
export function separateWords(text: string, separator = ' '): string {
	if (!HAN.test(text)) return text;
	segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
	let out = '';
	let previous = '';
	for (const { segment } of segmenter.segment(text)) {
		if (previous !== '') {
			const before = unitKind(previous, previous.length - 1);
			const after = unitKind(segment, 0);
			if ((before | after) & HAN_UNIT && !((before | after) & SPACE_UNIT)) out += separator;
		}
		out += segment;
		previous = segment;
	}
	return out;
}

/**
 * Removes the spaces `separateWords` put between Chinese characters (and full-width punctuation),
 * also across Pagefind's `<mark>` tags: `对 <mark>需求</mark> 进行` → `对<mark>需求</mark>进行`.
 */
export function joinWords(text: string): string {
	return text.replace(SPACE_BETWEEN_CJK, '');
}

/** Elements that sit inside a line of text: a word may run on across them (`设置<a>里程碑</a>`). */
const INLINE_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b/i;

/**
 * Separates the words of the text of an HTML page for indexing: text between tags (not inside
 * `<script>`, `<style>` or comments), and the `content` of `<meta data-pagefind-meta>` tags (the
 * title is matched too). Tags and attributes are copied unchanged, so ids and anchors stay. Where
 * inline markup cuts a line (`设置<a>里程碑</a>`), a separator goes at the text's edge so the
 * words stay apart; at block edges Pagefind separates them itself.
 */
export function separateHtmlWords(html: string, separator = ' '): string {
	const token = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+|</g;
	const parts = html.match(token) ?? [];
	return parts
		.map((part, i) => {
			if (!part.startsWith('<')) {
				const edgeBefore = HAN.test(part[0] ?? '') && INLINE_TAG.test(parts[i - 1] ?? '') ? separator : '';
				const edgeAfter = HAN.test(part.at(-1) ?? '') && INLINE_TAG.test(parts[i + 1] ?? '') ? separator : '';
				return `${edgeBefore}${separateWords(part, separator)}${edgeAfter}`;
			}
			if (/^<meta\b/i.test(part) && /\bdata-pagefind-meta=/i.test(part)) {
				return part.replace(/\bcontent="([^"]*)"/i, (_, value: string) => `content="${separateWords(value, separator)}"`);
			}
			return part;
		})
		.join('');
}

/**
 * Words that make a question but name nothing to look for. Pagefind returns only pages holding
 * every query word, and normative text rarely holds these, so "验收标准是什么" would find nothing
 * that "验收标准" finds. They are dropped from a query that has other words.
 */
const QUESTION_WORDS = new Set([
	'什么',
	'怎么',
	'怎样',
	'怎么样',
	'如何',
	'为什么',
	'为何',
	'哪些',
	'哪个',
	'哪里',
	'谁',
	'吗',
	'呢',
	'吧',
	'请问',
	'是',
	'了',
	'的',
	'做',
	'办',
]);

/** A typed query as Pagefind should receive it: words separated, question words dropped. */
export function queryWords(query: string): string {
	const words = separateWords(query).split(/\s+/u).filter(Boolean);
	const kept = words.filter((word) => !QUESTION_WORDS.has(word));
	return (kept.length > 0 ? kept : words).join(' ');
}

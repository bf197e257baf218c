import { describe, expect, it } from 'vitest';
import { readStrings } from '../../src/client/strings.ts';
import { en } from '../../src/i18n/en.ts';
import { ELEMENT_STRINGS } from '../../src/i18n/element-strings.ts';
import { uiStrings, useTranslations, type UiKey } from '../../src/i18n/index.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

/** What a page puts in `data-strings`, read back as the element reads it. */
const roundTrip = <K extends UiKey>(locale: 'en' | 'zh-CN', keys: readonly K[]) =>
	readStrings<K>(JSON.stringify(uiStrings(locale, keys)), locale);

describe('uiStrings', () => {
	it('sends exactly the keys asked for, with their messages unformatted (plural forms kept)', () => {
		expect(uiStrings('en', ['checklist.progress', 'standard.clauses'])).toEqual({
			'checklist.progress': '{done} of {total} done',
			'standard.clauses': { one: '{count} clause', other: '{count} clauses' },
		});
		expect(Object.keys(uiStrings('zh-CN', ELEMENT_STRINGS['pb-search'])).sort()).toEqual([...ELEMENT_STRINGS['pb-search']].sort());
	});
});

describe('readStrings', () => {
	it('fills {name} placeholders and keeps one with no value visible', () => {
		const t = roundTrip('en', ['checklist.progress', 'footer.built']);
		expect(t('checklist.progress', { done: 0, total: 12 })).toBe('0 of 12 done');
		expect(t('footer.built', { version: '1.0' })).toBe('Version 1.0 · built {date}');
		expect(t('footer.built')).toBe('Version {version} · built {date}');
	});

	it('inserts values literally, as text (escaping is the markup helper’s job)', () => {
		const t = roundTrip('en', ['search.none']);
		expect(t('search.none', { query: '<b>$&</b>' })).toBe('Nothing found for “<b>$&</b>”.');
	});

	it('picks the English plural form with Intl.PluralRules', () => {
		const t = roundTrip('en', ['search.count', 'team.members', 'glossary.shown']);
		expect(t('search.count', { count: 1 })).toBe('1 result');
		expect(t('search.count', { count: 0 })).toBe('0 results');
		expect(t('search.count', { count: 2 })).toBe('2 results');
		expect(t('team.members', { count: 1 })).toBe('1 result merged.');
		expect(t('glossary.shown', { count: 21 })).toBe('21 terms shown');
	});

	it('uses the one Chinese form for every count', () => {
		const t = roundTrip('zh-CN', ['search.count', 'standard.clauses']);
		expect(t('search.count', { count: 1 })).toBe('找到 1 个结果');
		expect(t('search.count', { count: 5 })).toBe('找到 5 个结果');
		expect(t('standard.clauses', { count: 1 })).toBe('共 1 条');
	});

	it('picks plural forms by the locale it is given, not by the message', () => {
		const forms = { 'standard.clauses': { one: '{count} clause', other: '{count} clauses' } };
		expect(readStrings<'standard.clauses'>(forms, 'en')('standard.clauses', { count: 1 })).toBe('1 clause');
		// Chinese has no "one" category: the "other" form, whatever the count.
		expect(readStrings<'standard.clauses'>(forms, 'zh-CN')('standard.clauses', { count: 1 })).toBe('1 clauses');
	});

	it('formats exactly as the server does', () => {
		for (const locale of ['en', 'zh-CN'] as const) {
			const server = useTranslations(locale);
			const t = roundTrip(locale, ELEMENT_STRINGS['pb-team-merge']);
			for (const key of ELEMENT_STRINGS['pb-team-merge'])
				for (const count of [0, 1, 2])
					expect(t(key, { count, n: 3, reason: 'r', percent: 60 })).toBe(server(key, { count, n: 3, reason: 'r', percent: 60 }));
		}
	});

	it('shows a key the page did not send as the key itself, never as nothing', () => {
		const t = readStrings<'checklist.progress' | 'checklist.done'>(JSON.stringify({ 'checklist.progress': '{done}/{total}' }), 'en');
		expect(t('checklist.progress', { done: 1, total: 2 })).toBe('1/2');
		expect(t('checklist.done')).toBe('checklist.done');
	});

	it('survives a missing, broken or non-object attribute (every key shows as itself)', () => {
		for (const json of [undefined, '', '{', 'null', '[1]', '"text"'])
			expect(readStrings<'checklist.done'>(json, 'en')('checklist.done')).toBe('checklist.done');
	});

	it('ignores keys inherited from Object', () => {
		const t = readStrings<UiKey>('{}', 'en');
		expect(t('constructor' as UiKey)).toBe('constructor');
	});
});

describe('English counts', () => {
	it('every message that puts a noun after {count} has plural forms ("1 clauses" never appears)', () => {
		// "{count} in all", "{count} without them": no noun to agree.
		const nounAfter = /\{count\} (?!in all|without them)[a-z]/;
		const single = (Object.keys(en) as UiKey[]).filter((key) => typeof en[key] === 'string' && nounAfter.test(en[key] as string));
		expect(single).toEqual([]);
	});

	it('every key an element lists exists in both dictionaries', () => {
		for (const keys of Object.values(ELEMENT_STRINGS))
			for (const key of keys) {
				expect(en[key], key).toBeDefined();
				expect(zhCN[key], key).toBeDefined();
			}
	});
});

import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import type { Message } from '../../src/i18n/message.ts';
import {
	DEFAULT_LOCALE,
	formatDate,
	localeFromSegment,
	localePath,
	LOCALES,
	localeSegment,
	localeStaticPaths,
	switchLocalePath,
	useTranslations,
} from '../../src/i18n/index.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

describe('locales', () => {
	it('has zh-CN as the default at the root and en under /en/', () => {
		expect(LOCALES).toEqual(['zh-CN', 'en']);
		expect(DEFAULT_LOCALE).toBe('zh-CN');
		expect(localeSegment('zh-CN')).toBeUndefined();
		expect(localeSegment('en')).toBe('en');
	});

	it('maps a URL segment back to a locale', () => {
		expect(localeFromSegment('en')).toBe('en');
		expect(localeFromSegment(undefined)).toBe('zh-CN');
		expect(localeFromSegment('fr')).toBe('zh-CN');
		expect(localeFromSegment('EN')).toBe('zh-CN');
	});
});

describe('useTranslations', () => {
	const tZh = useTranslations('zh-CN');
	const tEn = useTranslations('en');

	it('returns the plain string for each locale', () => {
		expect(tZh('nav.home')).toBe('首页');
		expect(tEn('site.name')).toBe('Processbook');
		expect(tZh('site.name')).toBe('Processbook');
	});

	it('fills {name} placeholders', () => {
		expect(tEn('footer.built', { version: '0.1.0', date: '2026-01-15' })).toBe('Version 0.1.0 · built 2026-01-15');
		expect(tZh('footer.built', { version: '0.1.0', date: '2026-01-15' })).toBe('版本 0.1.0 · 构建于 2026-01-15');
	});

	it('formats numbers, including 0', () => {
		expect(tEn('checklist.progress', { done: 0, total: 12 })).toBe('0 of 12 done');
		expect(tZh('checklist.progress', { done: 3, total: 12 })).toBe('已完成 3 / 12 项');
	});

	it('keeps a placeholder that has no value', () => {
		expect(tEn('footer.built', { version: '0.1.0' })).toBe('Version 0.1.0 · built {date}');
	});

	it('returns the template unchanged when no values are given', () => {
		expect(tEn('footer.built')).toBe('Version {version} · built {date}');
	});

	it('inserts values literally (no $-patterns, no recursive expansion)', () => {
		expect(tEn('footer.built', { version: '$&$1', date: 'D' })).toBe('Version $&$1 · built D');
		expect(tEn('footer.built', { version: '{date}', date: 'D' })).toBe('Version {date} · built D');
	});

	it('ignores extra values', () => {
		expect(tEn('nav.home', { unused: 'x' })).toBe(en['nav.home']);
	});
});

describe('plural forms', () => {
	it('pick the English form by Intl.PluralRules; Chinese has one form', () => {
		const tEn = useTranslations('en');
		expect(tEn('standard.clauses', { count: 1 })).toBe('1 clause');
		expect(tEn('standard.clauses', { count: 2 })).toBe('2 clauses');
		expect(tEn('standard.clauses', { count: 0 })).toBe('0 clauses');
		expect(useTranslations('zh-CN')('standard.clauses', { count: 1 })).toBe('共 1 条');
	});
});

describe('dictionaries', () => {
	const placeholders = (message: Message) =>
		(typeof message === 'string' ? [message] : Object.values(message)).map((s) =>
			[...s.matchAll(/\{(\w+)\}/g)]
				.map((m) => m[1])
				.sort()
				.join(),
		);

	it('define the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
	});

	it('use the same placeholders for each key', () => {
		const mismatched = (Object.keys(zhCN) as (keyof typeof zhCN)[]).filter((key) =>
			placeholders(en[key]).some((forms) => forms !== placeholders(zhCN[key])[0]),
		);
		expect(mismatched).toEqual([]);
	});
});

describe('localePath', () => {
	it('leaves default-locale paths as they are', () => {
		expect(localePath('zh-CN', '/standards/')).toBe('/standards/');
		expect(localePath('zh-CN', '/')).toBe('/');
	});

	it('prefixes /en for English', () => {
		expect(localePath('en', '/standards/')).toBe('/en/standards/');
		expect(localePath('en', '/')).toBe('/en/');
		expect(localePath('en', '/glossary/#smart')).toBe('/en/glossary/#smart');
	});
});

describe('switchLocalePath', () => {
	it('adds /en when switching to English', () => {
		expect(switchLocalePath('/standards/sc-01/', 'en')).toBe('/en/standards/sc-01/');
		expect(switchLocalePath('/', 'en')).toBe('/en/');
	});

	it('removes /en when switching to Chinese', () => {
		expect(switchLocalePath('/en/standards/sc-01/', 'zh-CN')).toBe('/standards/sc-01/');
		expect(switchLocalePath('/en/', 'zh-CN')).toBe('/');
		expect(switchLocalePath('/en', 'zh-CN')).toBe('/');
	});

	it('does not double the prefix when already English', () => {
		expect(switchLocalePath('/en/handbooks/', 'en')).toBe('/en/handbooks/');
	});

	it('only strips a whole /en segment', () => {
		expect(switchLocalePath('/english/', 'zh-CN')).toBe('/english/');
		expect(switchLocalePath('/enterprise/', 'en')).toBe('/en/enterprise/');
		expect(switchLocalePath('/standards/en/', 'zh-CN')).toBe('/standards/en/');
	});
});

describe('localeStaticPaths', () => {
	it('gives one entry per locale, with no segment for the default', () => {
		expect(localeStaticPaths()).toEqual([
			{ params: { lang: undefined }, props: { locale: 'zh-CN' } },
			{ params: { lang: 'en' }, props: { locale: 'en' } },
		]);
	});
});

describe('formatDate', () => {
	it('formats in UTC per locale', () => {
		const date = new Date('2026-01-15T23:30:00Z');
		expect(formatDate(date, 'en')).toBe('January 15, 2026');
		expect(formatDate(date, 'zh-CN')).toBe('2026年1月15日');
	});
});

/** What a quiz page embeds for `<pb-quiz>`: the questions, resolved clause links, current versions, strings. */
import type { QuizPageData } from '../lib/page-data.ts';
import { ELEMENT_STRINGS } from '../i18n/element-strings.ts';
import { localePath, uiStrings, type Locale } from '../i18n/index.ts';
import { entryFile, getCatalog, type Quiz } from './catalog.ts';

/** Standard id → version in force now, for the standards a quiz covers. */
export async function currentVersions(quiz: Quiz): Promise<Record<string, string>> {
	const { standardsById } = await getCatalog();
	return Object.fromEntries(quiz.data.standards.map((id) => [id, standardsById.get(id)!.current.data.version]));
}

export async function quizPageData(quiz: Quiz, locale: Locale): Promise<QuizPageData> {
	const catalog = await getCatalog();
	const file = entryFile(quiz);
	return {
		id: quiz.id,
		passMark: quiz.data.passMark,
		draw: quiz.data.draw,
		partialCredit: quiz.data.partialCredit,
		questions: quiz.data.questions,
		links: Object.fromEntries(
			quiz.data.questions.map((q) => {
				const link = catalog.resolveRef(q.ref, file);
				return [q.id, { ...link, href: localePath(locale, link.href) }];
			}),
		),
		current: await currentVersions(quiz),
		codes: Object.fromEntries(catalog.standards.map((s) => [s.id, s.current.data.code])),
		base: locale === 'en' ? '/en' : '',
		locale,
		strings: uiStrings(locale, ELEMENT_STRINGS['pb-quiz']),
	};
}

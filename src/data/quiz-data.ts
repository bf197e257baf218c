/** What a quiz page embeds for `<pb-quiz>`: the questions, resolved clause links, current versions, labels. */
import type { QuizPageData } from '../lib/page-data.ts';
import { localePath, useTranslations, type Locale, type UiKey } from '../i18n/index.ts';
import type { QuizLabels } from '../lib/quiz-html.ts';
import { entryFile, getCatalog, type Quiz } from './catalog.ts';

const QUIZ_KEYS = {
	question: 'quiz.question',
	true: 'quiz.true',
	false: 'quiz.false',
	moveUp: 'quiz.moveUp',
	moveDown: 'quiz.moveDown',
	choose: 'quiz.choose',
	correct: 'quiz.correct',
	partly: 'quiz.partly',
	wrong: 'quiz.wrong',
	rightAnswer: 'quiz.rightAnswer',
	explanation: 'quiz.explanation',
	source: 'quiz.source',
	orderingHint: 'quiz.orderingHint',
	multipleHint: 'quiz.multipleHint',
	markRight: 'quiz.markRight',
	markWrong: 'quiz.markWrong',
	markMissed: 'quiz.markMissed',
	markPlace: 'quiz.markPlace',
	markShouldBe: 'quiz.markShouldBe',
	markMatchRight: 'quiz.markMatchRight',
	markMatchWrong: 'quiz.markMatchWrong',
	markMatchMissing: 'quiz.markMatchMissing',
	unanswered: 'quiz.unanswered',
} satisfies Record<keyof QuizLabels, UiKey>;

const PAGE_KEYS = [
	'restart',
	'moved',
	'score',
	'passed',
	'failed',
	'resultPassed',
	'resultFailed',
	'retryWrong',
	'newAttempt',
	'record',
	'historyEmpty',
	'date',
	'result',
	'versions',
	'review',
	'statusPassed',
	'statusFailed',
	'stale',
	'staleChange',
	'seeDiff',
	'unansweredList',
	'unansweredItem',
	'submitAnyway',
	'keepAnswering',
	'practice',
	'practiceNote',
	'practiceResult',
	'practiceScore',
	'resumed',
	'statusInProgress',
] as const;

/** Standard id → version in force now, for the standards a quiz covers. */
export async function currentVersions(quiz: Quiz): Promise<Record<string, string>> {
	const { standardsById } = await getCatalog();
	return Object.fromEntries(quiz.data.standards.map((id) => [id, standardsById.get(id)!.current.data.version]));
}

export async function quizPageData(quiz: Quiz, locale: Locale): Promise<QuizPageData> {
	const t = useTranslations(locale);
	const catalog = await getCatalog();
	const file = entryFile(quiz);
	const labels = Object.fromEntries([
		...Object.entries(QUIZ_KEYS).map(([name, key]) => [name, t(key)]),
		...PAGE_KEYS.map((name) => [name, t(`quiz.${name}`)]),
	]) as QuizPageData['labels'];
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
		labels,
	};
}

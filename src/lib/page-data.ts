/**
 * The data a page embeds for its client element (as JSON in the page) and the element reads back: one
 * contract between build-time code (src/data/) and browser code (src/client/), so neither imports the other.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { MessageTemplate } from './format.ts';
import type { ClauseLink } from './quiz-html.ts';

/** UI messages by i18n key, as `uiStrings` (src/i18n/) makes them and `readStrings` (src/client/strings.ts) reads them. */
export type PageStrings = Record<string, MessageTemplate>;

/** What `<pb-quiz>` (and the session and record elements) read from a quiz page. */
export interface QuizPageData {
	id: string;
	passMark: number;
	draw: number | undefined;
	partialCredit: 'none' | 'proportional';
	questions: Question[];
	links: Record<string, ClauseLink>;
	/** Standard id → version in force now. */
	current: Record<string, string>;
	codes: Record<string, string>;
	base: string;
	locale: string;
	/** The keys of `<pb-quiz>` in src/i18n/element-strings.ts. */
	strings: PageStrings;
}

/** What `<pb-assessment>` and `<pb-team-merge>` read from an assessment page. */
export interface AssessmentPageData {
	id: string;
	definition: AssessmentData;
	links: Record<string, { href: string; label: string; title: string }>;
	/** The keys of the element the page runs (`<pb-assessment>` or `<pb-team-merge>`) in src/i18n/element-strings.ts. */
	strings: PageStrings;
	base: string;
	/** A UI locale (`zh-CN` or `en`). */
	locale: string;
}

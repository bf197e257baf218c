/**
 * The data a page embeds for its client element (as JSON in the page) and the element reads back: one
 * contract between build-time code (src/data/) and browser code (src/client/), so neither imports the other.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { Question } from '../../schemas/quiz.ts';
import type { ResultLabels } from './assessment-html.ts';
import type { ClauseLink, QuizLabels } from './quiz-html.ts';

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
	labels: QuizLabels & Record<string, string>;
}

/** What `<pb-assessment>` and `<pb-team-merge>` read from an assessment page. */
export interface AssessmentPageData {
	id: string;
	definition: AssessmentData;
	links: Record<string, { href: string; label: string; title: string }>;
	result: ResultLabels;
	text: Record<string, string>;
	base: string;
	/** A UI locale (`zh-CN` or `en`). */
	locale: string;
}

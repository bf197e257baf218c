/** How each kind of entry appears in a list (EntryList): one mapping per kind, shared by every page. */
import { formatDate, pluralKey, type Locale, type Translate } from '../i18n/index.ts';
import { buildInfo } from './build-info.ts';
import {
	isOverdue,
	roleName,
	type Assessment,
	type CaseStudy,
	type Catalog,
	type Checklist,
	type Handbook,
	type OnboardingPath,
	type Quiz,
	type Standard,
} from './catalog.ts';

/** One entry of an index list, as EntryList renders it. */
export interface EntryItem {
	href: string;
	title: string;
	/** Shown before the title, e.g. a standard's code. */
	prefix?: string | undefined;
	summary?: string | undefined;
	facts?: string[];
	/** A warning that must stand out, e.g. "review overdue". */
	flag?: string | undefined;
	/** data-* attributes for client elements (e.g. `standard`, `version` for read receipts). */
	data?: Record<string, string>;
}

export function standardItem(standard: Standard, t: Translate, locale: Locale, catalog?: Catalog): EntryItem {
	const {
		id,
		current: { data },
	} = standard;
	return {
		href: `/standards/${id}/`,
		flag: isOverdue(standard, buildInfo.date) ? t('lifecycle.overdueShort') : undefined,
		data: { standard: id, version: data.version },
		prefix: data.code,
		title: data.title,
		summary: data.summary,
		facts: [
			`${t('standard.version')} ${data.version}`,
			t(`status.${data.status}`),
			`${t('standard.effective')} ${formatDate(data.effective, locale)}`,
			...(catalog ? [`${t('standard.owner')} ${roleName(catalog, data.owner, locale)}`] : []),
		],
	};
}

export function checklistItem(checklist: Checklist, t: Translate, locale: Locale, catalog?: Catalog): EntryItem {
	return {
		href: `/checklists/${checklist.id}/`,
		title: checklist.data.title,
		summary: checklist.data.summary,
		facts: catalog
			? [
					checklist.data.stages.map((s) => t(`stage.${s}`)).join('、'),
					checklist.data.roles.map((r) => roleName(catalog, r, locale)).join('、'),
				]
			: [],
	};
}

export function caseItem(study: CaseStudy, t: Translate): EntryItem {
	return {
		href: `/cases/${study.id}/`,
		title: study.data.title,
		summary: study.data.summary,
		facts: [t(`kind.${study.data.kind}`), study.data.stages.map((s) => t(`stage.${s}`)).join('、')],
	};
}

export function handbookItem(handbook: Handbook, t: Translate, locale: Locale, catalog: Catalog): EntryItem {
	const checklists = catalog.checklists.filter((c) => c.data.roles.includes(handbook.id)).length;
	return {
		href: `/handbooks/${handbook.id}/`,
		title: locale === 'en' ? `${handbook.data.title} (${handbook.data.titleEn})` : handbook.data.title,
		summary: handbook.data.purpose,
		facts: [`${t('handbook.clauses')} ${handbook.data.clauses.length}`, `${t('handbook.checklists')} ${checklists}`],
	};
}

export function quizItem(quiz: Quiz, t: Translate, catalog: Catalog, locale: Locale): EntryItem {
	const codes = quiz.data.standards.map((id) => catalog.standardsById.get(id)?.current.data.code ?? id).join('、');
	return {
		href: `/quizzes/${quiz.id}/`,
		title: quiz.data.title,
		summary: quiz.data.description,
		facts: [
			codes,
			t(pluralKey(locale, quiz.data.questions.length, { one: 'quiz.drawOne', other: 'quiz.draw' }), {
				pool: quiz.data.questions.length,
				draw: quiz.data.draw ?? quiz.data.questions.length,
			}),
			t('quiz.passMark', { percent: Math.round(quiz.data.passMark * 100) }),
		],
		// <pb-quiz-status> adds the learner's status to the entry.
		data: { quiz: quiz.id },
	};
}

export function pathItem(path: OnboardingPath, t: Translate, locale: Locale, catalog: Catalog): EntryItem {
	return {
		href: `/paths/${path.id}/`,
		title: path.data.title,
		summary: path.data.description,
		facts: [roleName(catalog, path.data.role, locale), t('path.stepCount', { count: path.data.steps.length })],
	};
}

export function assessmentItem(assessment: Assessment, t: Translate): EntryItem {
	const statements = assessment.data.dimensions.reduce((n, d) => n + d.statements.length, 0);
	return {
		href: `/assessments/${assessment.id}/`,
		title: assessment.data.title,
		summary: assessment.data.description,
		facts: [t(`assessment.audience.${assessment.data.audience}`), t('assessment.statements', { count: statements })],
	};
}

/** The index pages that are one plain list: their strings and their items, for `[...lang]/[section]/`. */
export const LIST_SECTIONS = {
	handbooks: (c: Catalog, t: Translate, l: Locale) => c.handbooks.map((h) => handbookItem(h, t, l, c)),
	checklists: (c: Catalog, t: Translate, l: Locale) => c.checklists.map((x) => checklistItem(x, t, l, c)),
	quizzes: (c: Catalog, t: Translate, locale: Locale) => c.quizzes.map((q) => quizItem(q, t, c, locale)),
	assessments: (c: Catalog, t: Translate) => c.assessments.map((a) => assessmentItem(a, t)),
	paths: (c: Catalog, t: Translate, l: Locale) => c.paths.map((p) => pathItem(p, t, l, c)),
} as const;

export type ListSection = keyof typeof LIST_SECTIONS;

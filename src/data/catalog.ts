/**
 * Everything pages read, computed once per build: the current version of each standard, the
 * entries grouped by role and stage, and the checks that span collections (a role or standard
 * id that names nothing). Pages stay thin: they look things up here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { STAGES, type Stage } from '../../schemas/stage.ts';
import type { ContentIndex } from '../lib/content-index.ts';
import { resolveClauseRef, type ResolvedReference } from '../lib/references.ts';
import { compareVersions, currentVersion, isPending } from '../lib/versions.ts';
import { siteConfig } from '../config.ts';
import { contentBuildError } from '../content-source/build-error.ts';
import { getContentIndex } from '../content-source/content-source.ts';

export type StandardVersion = CollectionEntry<'standards'>;
export type Handbook = CollectionEntry<'handbooks'>;
export type Checklist = CollectionEntry<'checklists'>;
export type CaseStudy = CollectionEntry<'cases'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type Quiz = CollectionEntry<'quizzes'>;
export type OnboardingPath = CollectionEntry<'paths'>;
export type Assessment = CollectionEntry<'assessments'>;

export interface Standard {
	id: string;
	/** The canonical version (newest active). */
	current: StandardVersion;
	/** Every version, newest first; drafts only in a preview build. */
	versions: StandardVersion[];
}

/** How a version's status reads on the build day: `approved` is released but not yet in force. */
export type DisplayStatus = StandardVersion['data']['status'] | 'approved';

/** The ISO day of a front-matter date. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What a version's status means on the build day: a released version whose effective date is
 * still ahead is `approved`; the version in force is `active` even if already marked superseded;
 * an active version older than the current one is superseded.
 */
export function effectiveStatus(standard: Standard, version: StandardVersion): DisplayStatus {
	const { status } = version.data;
	if (version === standard.current && status === 'superseded') return 'active';
	if (isPending({ status, effective: isoDay(version.data.effective) }, siteConfig.today)) return 'approved';
	if (status === 'active' && version !== standard.current && compareVersions(version.data.version, standard.current.data.version) < 0)
		return 'superseded';
	return status;
}

/** True when the current version's review date has passed (as of the build). */
export function isOverdue(standard: Standard, today: Date): boolean {
	return standard.current.data.status === 'active' && standard.current.data.reviewBy.getTime() < today.getTime();
}

/** The versions before and after `version` in release order, for the diff links. */
export function neighbours(
	standard: Standard,
	version: StandardVersion,
): { older?: StandardVersion | undefined; newer?: StandardVersion | undefined } {
	const index = standard.versions.indexOf(version);
	return { newer: standard.versions[index - 1], older: standard.versions[index + 1] };
}

export interface Catalog {
	standards: Standard[];
	standardsById: Map<string, Standard>;
	handbooks: Handbook[];
	handbooksById: Map<string, Handbook>;
	checklists: Checklist[];
	cases: CaseStudy[];
	glossary: GlossaryEntry[];
	quizzes: Quiz[];
	paths: OnboardingPath[];
	assessments: Assessment[];
	/** Resolves a YAML clause reference, naming the citing file when it fails. */
	resolveRef(ref: string, citedIn: string): ResolvedReference;
}

export const standardIdOf = (entry: StandardVersion) => entry.id.split('/')[0] ?? entry.id;

function groupStandards(entries: StandardVersion[]): Standard[] {
	const byId = new Map<string, StandardVersion[]>();
	for (const entry of entries) {
		if (entry.data.status === 'draft' && !siteConfig.preview) continue;
		byId.set(standardIdOf(entry), [...(byId.get(standardIdOf(entry)) ?? []), entry]);
	}
	const standards: Standard[] = [];
	for (const [id, versions] of byId) {
		const newestFirst = versions.sort((a, b) => compareVersions(b.data.version, a.data.version));
		// A standard with drafts only has no current version, except in a preview build.
		const current =
			currentVersion(
				newestFirst.map((v) => ({ version: v.data.version, status: v.data.status, effective: isoDay(v.data.effective), entry: v })),
				siteConfig.today,
			)?.entry ?? (siteConfig.preview ? newestFirst[0] : undefined);
		if (current) standards.push({ id, current, versions: newestFirst });
	}
	return standards.sort((a, b) => a.current.data.code.localeCompare(b.current.data.code));
}

/** Collects every id that points at a role or standard which does not exist. */
function checkLinks(catalog: Omit<Catalog, 'resolveRef'>, index: ContentIndex): string[] {
	const problems: string[] = [];
	const role = (file: string | undefined, field: string, id: string) => {
		if (!catalog.handbooksById.has(id))
			problems.push(`${file}: ${field}: unknown role "${id}"; expected one of ${[...catalog.handbooksById.keys()].join(', ')}`);
	};
	const standard = (file: string | undefined, field: string, id: string) => {
		if (!catalog.standardsById.has(id))
			problems.push(`${file}: ${field}: unknown standard "${id}"; expected one of ${[...catalog.standardsById.keys()].join(', ')}`);
	};
	const clause = (file: string | undefined, field: string, ref: string) => {
		const result = resolveClauseRef(index, ref);
		if (!result.ok) problems.push(`${file}: ${field}: ${result.message}`);
	};
	for (const { versions } of catalog.standards) {
		for (const v of versions) {
			role(v.filePath, 'owner', v.data.owner);
			v.data.audience.forEach((id, i) => role(v.filePath, `audience[${i}]`, id));
		}
	}
	for (const h of catalog.handbooks) {
		h.data.worksWith.forEach((id, i) => role(h.filePath, `worksWith[${i}]`, id));
		h.data.clauses.forEach((ref, i) => clause(h.filePath, `clauses[${i}]`, ref));
	}
	for (const entry of [...catalog.checklists, ...catalog.cases]) {
		entry.data.roles.forEach((id, i) => role(entry.filePath, `roles[${i}]`, id));
		entry.data.standards.forEach((id, i) => standard(entry.filePath, `standards[${i}]`, id));
	}
	const checklistIds = new Set(catalog.checklists.map((c) => c.id));
	const quizIds = new Set(catalog.quizzes.map((q) => q.id));
	const assessmentIds = new Set(catalog.assessments.map((a) => a.id));
	for (const assessment of catalog.assessments) {
		assessment.data.standards.forEach((id, i) => standard(assessment.filePath, `standards[${i}]`, id));
		assessment.data.dimensions.forEach((d, i) =>
			d.bands.forEach((b, j) =>
				b.refs.forEach((ref, k) => clause(assessment.filePath, `dimensions[${i}] ("${d.id}").bands[${j}].refs[${k}]`, ref)),
			),
		);
	}
	for (const quiz of catalog.quizzes) {
		quiz.data.standards.forEach((id, i) => standard(quiz.filePath, `standards[${i}]`, id));
		quiz.data.questions.forEach((q, i) => clause(quiz.filePath, `questions[${i}] ("${q.id}").ref`, q.ref));
	}
	for (const path of catalog.paths) {
		role(path.filePath, 'role', path.data.role);
		path.data.steps.forEach((step, i) => {
			const known =
				step.kind === 'read'
					? catalog.standardsById.has(step.target)
					: step.kind === 'checklist'
						? checklistIds.has(step.target)
						: step.kind === 'quiz'
							? quizIds.has(step.target)
							: assessmentIds.has(step.target);
			if (!known)
				problems.push(`${path.filePath}: steps[${i}].target: no ${step.kind === 'read' ? 'standard' : step.kind} "${step.target}"`);
		});
	}
	for (const term of catalog.glossary) {
		term.data.refs.forEach((ref, i) => clause(term.filePath, `${term.id}.refs[${i}]`, ref));
	}
	return problems;
}

async function loadCatalog(): Promise<Catalog> {
	const index = getContentIndex();
	const byTitle = <T extends { data: { title: string } }>(a: T, b: T) => a.data.title.localeCompare(b.data.title, 'zh-CN');
	const standards = groupStandards(await getCollection('standards'));
	const handbooks = (await getCollection('handbooks')).sort(byTitle);
	const base = {
		standards,
		standardsById: new Map(standards.map((s) => [s.id, s])),
		handbooks,
		handbooksById: new Map(handbooks.map((h) => [h.id, h])),
		checklists: (await getCollection('checklists')).sort(byTitle),
		cases: (await getCollection('cases')).sort(byTitle),
		glossary: (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'zh-CN')),
		quizzes: (await getCollection('quizzes')).sort(byTitle),
		paths: (await getCollection('paths')).sort(byTitle),
		assessments: (await getCollection('assessments')).sort(byTitle),
	};
	const resolveRef = (ref: string, citedIn: string) => {
		const result = resolveClauseRef(index, ref);
		if (!result.ok) throw new Error(`${citedIn}: ${result.message}`);
		return result.value;
	};
	const problems = checkLinks(base, index);
	if (problems.length > 0)
		throw contentBuildError(
			'Content points at entries that do not exist:',
			problems,
			'Role ids are handbook file names; standard ids are folder names under standards/.',
		);
	return { ...base, resolveRef };
}

let catalog: Promise<Catalog> | undefined;

/** Cached for the build; the dev server reloads it so edits show up. */
export function getCatalog(): Promise<Catalog> {
	if (!import.meta.env.PROD) return loadCatalog();
	catalog ??= loadCatalog();
	return catalog;
}

/** Standards per stage, in the order of the process. */
export function standardsByStage(standards: Standard[]): { stage: Stage; standards: Standard[] }[] {
	return STAGES.map((stage) => ({
		stage,
		standards: standards.filter((s) => s.current.data.stages.includes(stage) && s.current.data.status !== 'retired'),
	}));
}

/** A role's name in the UI language (handbooks carry both). */
export function roleName(catalog: Catalog, id: string, locale: 'zh-CN' | 'en'): string {
	const handbook = catalog.handbooksById.get(id);
	if (!handbook) return id;
	return locale === 'en' ? handbook.data.titleEn : handbook.data.title;
}

/** Project-relative path of an entry's file, for edit links and last-updated dates. */
export function entryFile(entry: { filePath?: string | undefined; id: string }): string {
	if (!entry.filePath) throw new Error(`entry "${entry.id}" has no file path`);
	return entry.filePath.replace(/^\.\//, '');
}

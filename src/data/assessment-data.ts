/** What an assessment page embeds for its client elements: the definition, clause links and labels. */
import { assessmentSchema } from '../../schemas/assessment.ts';
import { localePath, useTranslations, type Locale, type UiKey } from '../i18n/index.ts';
import type { AssessmentPageData } from '../lib/page-data.ts';
import { entryFile, getCatalog, type Assessment } from './catalog.ts';

const TEXT_KEYS = [
	'assessment.progress',
	'assessment.draftRestored',
	'assessment.clearConfirm',
	'assessment.copied',
	'assessment.shared',
	'assessment.takeIt',
	'assessment.sharedError',
	'assessment.reason.too-long',
	'assessment.reason.malformed',
	'assessment.reason.other-assessment',
	'assessment.reason.wrong-length',
	'assessment.reason.bad-rating',
	'assessment.reason.checksum',
	'assessment.view',
	'team.members',
	'team.rejected',
	'team.notJson',
	'team.mean',
	'team.lowest',
	'team.spread',
	'team.stdDev',
	'team.disagree',
	'team.weakest',
	'team.none',
	'assessment.dimension',
	'assessment.read',
	'assessment.incomplete',
	'assessment.missingItem',
	'assessment.incompleteShared',
	'assessment.sharedTitle',
	'assessment.lastResult',
	'team.duplicate',
	'team.noAnswers',
	'team.overall',
	'team.chartTitle',
	'team.fewMembers',
	'team.statements',
	'team.statement',
	'assessment.level',
	'assessment.current',
] as const satisfies readonly UiKey[];

export async function assessmentPageData(assessment: Assessment, locale: Locale): Promise<AssessmentPageData> {
	const t = useTranslations(locale);
	const catalog = await getCatalog();
	const file = entryFile(assessment);
	const refs = assessment.data.dimensions.flatMap((d) => d.bands.flatMap((b) => b.refs));
	return {
		id: assessment.id,
		// Parsed again so every default (the validity rule's `minAnswered` among them) is present even when
		// Astro's content cache holds entries parsed by an older version of the schema.
		definition: assessmentSchema.parse(assessment.data),
		links: Object.fromEntries(
			refs.map((ref) => {
				const link = catalog.resolveRef(ref, file);
				return [ref, { ...link, href: localePath(locale, link.href) }];
			}),
		),
		result: {
			overall: t('assessment.overall'),
			level: t('assessment.level'),
			dimension: t('assessment.dimension'),
			score: t('assessment.score'),
			band: t('assessment.band'),
			trend: t('assessment.trend'),
			noScore: t('assessment.noScore'),
			recommendations: t('assessment.recommendations'),
			read: t('assessment.read'),
			chartTitle: t('assessment.chartTitle'),
			current: t('assessment.current'),
			previous: t('assessment.previous'),
			levelWords: { red: t('assessment.level.red'), amber: t('assessment.level.amber'), green: t('assessment.level.green') },
			answered: t('assessment.answered'),
		},
		text: Object.fromEntries(TEXT_KEYS.map((key) => [key.replace(/^(assessment|team)\./, '$1:'), t(key)])),
		base: locale === 'en' ? '/en' : '',
		locale,
	};
}

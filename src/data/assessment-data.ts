/** What an assessment page embeds for its client elements: the definition, clause links and strings. */
import { assessmentSchema } from '../../schemas/assessment.ts';
import { ELEMENT_STRINGS } from '../i18n/element-strings.ts';
import { localePath, uiStrings, type Locale } from '../i18n/index.ts';
import type { AssessmentPageData } from '../lib/page-data.ts';
import { entryFile, getCatalog, type Assessment } from './catalog.ts';

/** `element`: the element the page runs; the page data carries its strings. */
export async function assessmentPageData(
	assessment: Assessment,
	locale: Locale,
	element: 'pb-assessment' | 'pb-team-merge',
): Promise<AssessmentPageData> {
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
		strings: uiStrings(locale, ELEMENT_STRINGS[element]),
		base: locale === 'en' ? '/en' : '',
		locale,
	};
}

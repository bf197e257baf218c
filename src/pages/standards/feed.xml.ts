/**
 * /standards/feed.xml: one item per released standard version, newest first, with its change
 * summary. Built by @astrojs/rss, the Astro project's own feed package.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { escapeHtml } from '../../lib/html.ts';
import { useTranslations } from '../../i18n/index.ts';

export async function GET(context: APIContext) {
	const t = useTranslations('zh-CN');
	const { standards } = await getCatalog();
	const items = standards
		.flatMap((standard) =>
			standard.versions
				.filter((v) => v.data.status !== 'draft')
				.map((v) => ({
					title: `${v.data.code} ${v.data.title} ${v.data.version}`,
					link: `/standards/${standard.id}/${v.data.version}/`,
					pubDate: v.data.effective,
					description: `<p>${escapeHtml(v.data.summary)}</p><ul>${v.data.changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`,
					categories: [v.data.code],
				})),
		)
		.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
	return rss({
		title: t('feed.title'),
		description: t('feed.description'),
		site: context.site ?? 'https://processbook.example.com',
		items,
		customData: '<language>zh-CN</language>',
	});
}

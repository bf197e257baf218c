/**
 * A lightweight page that sends the reader to another URL: meta refresh for any browser,
 * public/redirect.js to keep the #anchor (a meta refresh drops it), a canonical link for crawlers
 * and a plain link for everyone else. Every value is escaped.
 */
import { escapeHtml } from './html.ts';

export interface RedirectRecord {
	/** The URL path that redirects (`/standards/sc-01/1.1.0/`). */
	from: string;
	/** Where it leads, maybe with an anchor (`/standards/sc-01/`, `/standards/cd-01/#changes`). */
	target: string;
	/** Absolute URL of the page that stands for it. */
	canonical: string;
	lang: string;
	/** The sentence shown while leaving, and the link's text. */
	text: string;
}

export function redirectPage(input: Omit<RedirectRecord, 'from'>): string {
	const target = escapeHtml(input.target);
	return [
		'<!doctype html>',
		`<html lang="${escapeHtml(input.lang)}" data-redirect="${target}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<title>${escapeHtml(input.text)}</title>`,
		'<meta name="robots" content="noindex">',
		`<link rel="canonical" href="${escapeHtml(input.canonical)}">`,
		'<script src="/redirect.js"></script>',
		`<meta http-equiv="refresh" content="0;url=${target}">`,
		'</head>',
		`<body><p><a href="${target}">${escapeHtml(input.text)}</a></p></body>`,
		'</html>',
		'',
	].join('\n');
}

/** The redirect page a current version's own URL serves. */
import { describe, expect, it } from 'vitest';
import { redirectPage } from '../../src/lib/redirect-page.ts';

describe('redirectPage', () => {
	const html = redirectPage({
		target: '/en/standards/sc-01/',
		canonical: 'https://x.example/en/standards/sc-01/',
		lang: 'en',
		text: 'Going on',
	});

	it('refreshes to the target, names it canonical, links to it and loads the anchor-keeping script', () => {
		expect(html).toContain('<html lang="en" data-redirect="/en/standards/sc-01/">');
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/en/standards/sc-01/">');
		expect(html).toContain('<link rel="canonical" href="https://x.example/en/standards/sc-01/">');
		expect(html).toContain('<script src="/redirect.js"></script>');
		expect(html).toContain('<a href="/en/standards/sc-01/">Going on</a>');
	});

	it('escapes what it is given', () => {
		expect(redirectPage({ target: '/a"b/', canonical: 'x', lang: 'en', text: '<i>' })).toContain('data-redirect="/a&quot;b/"');
		expect(redirectPage({ target: '/', canonical: 'x', lang: 'en', text: '<i>' })).toContain('<title>&lt;i&gt;</title>');
	});
});

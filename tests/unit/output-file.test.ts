/** The one URL → output file mapping (search index, redirect pages, record pages). */
import { describe, expect, it } from 'vitest';
import { outputFile } from '../../src/lib/output-file.ts';

describe('outputFile', () => {
	it('maps a directory URL to its index.html, without anchor or query', () => {
		expect(outputFile('/standards/sc-01/')).toBe('standards/sc-01/index.html');
		expect(outputFile('/glossary/#smart')).toBe('glossary/index.html');
		expect(outputFile('/en/standards/sc-01/changes/?from=1.0.0&to=1.1.0#compare')).toBe('en/standards/sc-01/changes/index.html');
		expect(outputFile('/')).toBe('index.html');
	});

	it('keeps a file URL as it is', () => {
		expect(outputFile('/404.html')).toBe('404.html');
		expect(outputFile('/standards/feed.xml')).toBe('standards/feed.xml');
	});
});

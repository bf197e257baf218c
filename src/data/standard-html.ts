/**
 * A standard version's rendered HTML and headings, read from the file the standards loader wrote
 * (src/content-source/standards-loader.ts) when the version's page is rendered, so no page holds
 * more than its own version's HTML in memory.
 */
import { readFileSync } from 'node:fs';
import { siteConfig } from '../config.ts';
import { renderedFile, type RenderedStandard } from '../lib/rendered-standard.ts';
import { entryFile, type StandardVersion } from './catalog.ts';

export function renderedStandard(version: StandardVersion): RenderedStandard {
	const file = renderedFile(siteConfig.renderedDir, String(version.digest));
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as RenderedStandard;
	} catch (error) {
		throw new Error(
			`${entryFile(version)}: its rendered HTML (${file}) cannot be read: ${(error as Error).message}. The standards loader writes it during the content sync; build again.`,
			{ cause: error },
		);
	}
}

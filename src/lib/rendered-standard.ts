/**
 * A standard version's rendering as the standards loader writes it beside the data store and the
 * standard pages read it back: the HTML and the headings the table of contents lists.
 */
/** A heading as Astro's Markdown renderer reports it (`MarkdownHeading`). */
export interface RenderedHeading {
	depth: number;
	slug: string;
	text: string;
}

export interface RenderedStandard {
	html: string;
	headings: RenderedHeading[];
}

/** Where the rendering with this digest is kept. */
export const renderedFile = (dir: string, digest: string | number) => `${dir}/${digest}.json`;

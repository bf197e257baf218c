/**
 * Site configuration. Environment variables let CI and the fixture tests point the same build
 * at another content folder or repository without editing code.
 */
export const siteConfig = {
	/** Folder the content collections load from, relative to the project root. */
	contentDir: process.env.PROCESSBOOK_CONTENT_DIR ?? 'content',
	/** Repository that "edit this page" links point at. */
	repository: process.env.PROCESSBOOK_REPOSITORY ?? 'https://github.com/processbook/processbook',
	/** Branch that edits are proposed against. */
	branch: process.env.PROCESSBOOK_BRANCH ?? 'main',
	/** Build draft versions of standards too (a preview for reviewers); never in the default build. */
	preview: process.env.PROCESSBOOK_PREVIEW === '1',
	/** Public origin of the deployed site, for canonical URLs. */
	origin: process.env.PROCESSBOOK_ORIGIN ?? 'https://processbook.example.com',
	/**
	 * The day the build treats as today (YYYY-MM-DD): it decides which version is in force. Tests
	 * set PROCESSBOOK_TODAY to build the site as of another day.
	 */
	today: process.env.PROCESSBOOK_TODAY ?? new Date().toISOString().slice(0, 10),
};

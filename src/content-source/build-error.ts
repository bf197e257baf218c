/**
 * Content problems reach authors as Astro user errors: the list of problems (each naming file,
 * field or line, and what was expected) and a hint, without a stack trace of the site's own code,
 * which would only bury the message.
 */
import { AstroError } from 'astro/errors';

export function contentBuildError(title: string, problems: readonly string[], hint: string): Error {
	const error = new AstroError(`${title}\n${problems.map((p) => `  - ${p}`).join('\n')}`, hint);
	error.stack = '';
	return error;
}

/**
 * Which file a unified plugin is looking at, from the vfile alone: the plugins get their folders
 * as options, so they read no configuration and can be run with unified in tests.
 */
import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';

/** True when the file lies inside `folder` (absolute). */
export function isInFolder(file: VFile, folder: string): boolean {
	return Boolean(file.path) && resolve(file.cwd, file.path).startsWith(resolve(folder) + sep);
}

/** The file's path relative to the working directory (the project), as error messages show it. */
export function shownPath(file: VFile): string {
	return file.path ? relative(file.cwd, resolve(file.cwd, file.path)).split('\\').join('/') : '<unknown file>';
}

/** Shared helper for the schema tests: a failed parse as `[path, message]` pairs. */
export function issuesOf(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined;
}): [string, string][] {
	if (result.success) throw new Error('expected the parse to fail');
	return (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]);
}

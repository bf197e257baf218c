/**
 * The groups the standards index shows (one per stage, then the retired ones) and how long an
 * index may get: the overview shows the first OVERVIEW_LIMIT of each group, each group's full list
 * is split into pages of LIST_PAGE_SIZE at /standards/list/<group>/, so no index page grows with
 * the library.
 */
import type { Stage } from '../../schemas/stage.ts';
import { standardsByStage, type Standard } from './catalog.ts';

export const OVERVIEW_LIMIT = 50;
export const LIST_PAGE_SIZE = 200;

export interface StandardGroup {
	/** A stage id or `retired`; also the list's URL segment. */
	id: Stage | 'retired';
	standards: Standard[];
}

export function standardGroups(standards: Standard[]): StandardGroup[] {
	const retired = standards.filter((s) => s.current.data.status === 'retired');
	return [
		...standardsByStage(standards).map(({ stage, standards: list }) => ({ id: stage, standards: list })),
		{ id: 'retired' as const, standards: retired },
	];
}

export const groupListPath = (group: StandardGroup['id']) => `/standards/list/${group}/`;

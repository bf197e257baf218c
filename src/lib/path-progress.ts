/**
 * Progress along an onboarding path, from the learner data: a standard read (its current
 * version), a checklist with every item ticked, a quiz passed (and not stale; in progress while an
 * attempt is under way), a self-assessment with at least one result.
 */
import type { PathData } from '../../schemas/path.ts';
import type { AssessmentStore } from './assessment-history.ts';
import type { ChecklistStore } from './checklist-progress.ts';
import { quizStatus, type QuizStore } from './quiz-history.ts';
import { readState, type ReceiptStore } from './read-receipts.ts';

export type StepState = 'done' | 'todo' | 'stale' | 'in-progress';

export interface PathContext {
	/** Standard id → current version. */
	standards: Record<string, string>;
	/** Checklist id → ids of its items. */
	checklists: Record<string, string[]>;
	/** Quiz id → (standard id → current version) for the standards it covers. */
	quizzes: Record<string, Record<string, string>>;
}

export interface LearnerData {
	receipts: ReceiptStore;
	checklists: ChecklistStore;
	quizzes: QuizStore;
	assessments: AssessmentStore;
}

export function stepState(step: PathData['steps'][number], data: LearnerData, context: PathContext): StepState {
	switch (step.kind) {
		case 'read': {
			const state = readState(data.receipts, step.target, context.standards[step.target] ?? '0.0.0');
			return state.state === 'read' ? 'done' : state.state === 'changed' ? 'stale' : 'todo';
		}
		case 'checklist': {
			const items = context.checklists[step.target] ?? [];
			const ticked = new Set(data.checklists.lists[step.target]?.ticked ?? []);
			const done = items.filter((id) => ticked.has(id)).length;
			return items.length > 0 && done === items.length ? 'done' : done > 0 ? 'in-progress' : 'todo';
		}
		case 'quiz': {
			const status = quizStatus(data.quizzes, step.target, context.quizzes[step.target] ?? {});
			return status.state === 'passed'
				? 'done'
				: status.state === 'stale'
					? 'stale'
					: status.state === 'in-progress'
						? 'in-progress'
						: 'todo';
		}
		case 'assessment':
			return data.assessments.results.some((r) => r.assessment === step.target) ? 'done' : 'todo';
	}
}

/** For a stale step: the standard that changed since it was read or passed, for the diff link. */
export function staleChange(
	step: PathData['steps'][number],
	data: LearnerData,
	context: PathContext,
): { standard: string; from: string; to: string } | undefined {
	if (step.kind === 'read') {
		const to = context.standards[step.target] ?? '0.0.0';
		const state = readState(data.receipts, step.target, to);
		return state.state === 'changed' ? { standard: step.target, from: state.receipt.version, to } : undefined;
	}
	if (step.kind === 'quiz') {
		const status = quizStatus(data.quizzes, step.target, context.quizzes[step.target] ?? {});
		return status.state === 'stale' ? status.changed[0] : undefined;
	}
	return undefined;
}

export interface PathProgress {
	states: StepState[];
	done: number;
	total: number;
	/** Index of the first step not done, or -1 when the path is complete. */
	next: number;
}

export function pathProgress(steps: PathData['steps'], data: LearnerData, context: PathContext): PathProgress {
	const states = steps.map((step) => stepState(step, data, context));
	return { states, done: states.filter((s) => s === 'done').length, total: states.length, next: states.findIndex((s) => s !== 'done') };
}

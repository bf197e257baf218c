/** The five stages of the service collaboration process, plus the practices that span all of them. */
import { z } from 'astro/zod';
import { expected } from './errors.ts';

export const STAGES = ['needs-analysis', 'planning', 'execution', 'quality-control', 'evaluation', 'cross-cutting'] as const;

export const stage = z
	.enum(STAGES, { error: expected(`one of ${STAGES.join(', ')}`) })
	.describe('A stage of the service collaboration process.');

/** A list of at least one stage. */
export const stages = z
	.array(stage, { error: expected('a list of stages') })
	.min(1, { error: expected('at least one stage') })
	.describe('Process stages.');

export type Stage = z.infer<typeof stage>;

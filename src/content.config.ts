/**
 * Content collections: the schemas under `schemas/` are the only definition of each type;
 * loaders read `content/` (or the folder PROCESSBOOK_CONTENT_DIR names, for fixtures).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { assessmentSchema } from '../schemas/assessment.ts';
import { caseStudySchema } from '../schemas/case-study.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { handbookSchema } from '../schemas/handbook.ts';
import { pathSchema } from '../schemas/path.ts';
import { quizSchema } from '../schemas/quiz.ts';
import { standardSchema } from '../schemas/standard.ts';
import { siteConfig } from './config.ts';
import { invalidateContentIndex, readyContentIndex } from './content-source/content-source.ts';
import { standardsLoader } from './content-source/standards-loader.ts';

// Absolute, so PROCESSBOOK_CONTENT_DIR may name a folder anywhere (the build benchmark's scratch content).
const base = (folder: string) => `${siteConfig.contentRoot}/${folder}`;

/** Entry ids are file names without extension; standards keep `<id>/<version>`. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
	standards: defineCollection({
		// Rendered in the content layer, not compiled to a module per version: see standards-loader.ts.
		loader: standardsLoader({
			folder: base('standards'),
			renderedDir: siteConfig.renderedDir,
			index: readyContentIndex,
			onChange: invalidateContentIndex,
		}),
		schema: standardSchema,
	}),
	handbooks: defineCollection({
		loader: glob({ pattern: '*.mdx', base: base('handbooks'), generateId: byFileName }),
		schema: handbookSchema,
	}),
	checklists: defineCollection({
		loader: glob({ pattern: '*.mdx', base: base('checklists'), generateId: byFileName }),
		schema: checklistSchema,
	}),
	cases: defineCollection({
		loader: glob({ pattern: '*.mdx', base: base('cases'), generateId: byFileName }),
		schema: caseStudySchema,
	}),
	quizzes: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base('quizzes'), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
		schema: quizSchema,
	}),
	assessments: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base('assessments'), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
		schema: assessmentSchema,
	}),
	paths: defineCollection({
		loader: glob({ pattern: '*.yaml', base: base('paths'), generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
		schema: pathSchema,
	}),
	glossary: defineCollection({
		loader: file(`${siteConfig.contentRoot}/glossary.yaml`),
		schema: glossaryTermSchema,
	}),
};

/**
 * The yardstick of `npm run bench:build -- <N> --starlight`: the same generated texts built as a
 * stock Starlight site, the reference the scale issue sets (1,000 standards in no more time than
 * Starlight takes for them). Each generated standard's newest version becomes one Starlight page
 * (its title, summary and body as they are), with Starlight's defaults and its own Pagefind index.
 *
 * Starlight is not a dependency of the project: it is installed once into `.bench/starlight/`
 * (gitignored) from the npm registry, at the Astro version the project uses, and built with the
 * project's Node. A cold build each time: its output and caches are removed first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { countPages, treeRss } from './bench-measure.ts';

/** The newest Starlight release whose peer range covers Astro 7 (its peerDependencies: astro ^7.2.10). */
const STARLIGHT_VERSION = '0.42.4';
const project = resolve('.bench', 'starlight');
const docs = join(project, 'src', 'content', 'docs');

export interface StarlightRun {
	wall: number;
	peakRss: number;
	pages: number;
}

const astroVersion = () => (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;

/** Installs Starlight into `.bench/starlight/` unless the same versions are there already. */
function install(): void {
	const wanted = { astro: astroVersion(), '@astrojs/starlight': STARLIGHT_VERSION };
	const manifest = join(project, 'package.json');
	const installed = (name: string) => {
		const file = join(project, 'node_modules', name, 'package.json');
		return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
	};
	if (Object.entries(wanted).every(([name, version]) => installed(name) === version)) return;
	mkdirSync(project, { recursive: true });
	writeFileSync(
		manifest,
		`${JSON.stringify({ name: 'starlight-yardstick', private: true, type: 'module', dependencies: wanted }, null, 2)}\n`,
	);
	console.log(`Installing Starlight ${STARLIGHT_VERSION} with Astro ${wanted.astro} into ${project} (once)…`);
	// npm's own script runs on the project's Node (first on the PATH), as `npm run` scripts do.
	const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: project,
		stdio: 'inherit',
		env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
	});
	if (npm.status !== 0) throw new Error(`npm install in ${project} failed (exit ${npm.status}): the npm registry must be reachable.`);
}

/** YAML's double-quoted scalar is JSON's string syntax, so a title with a colon or quote stays one value. */
const yamlString = (text: string) => JSON.stringify(text);

/** Writes the Starlight project: its config, and a page per generated standard (`gen-*`) of `contentDir`. */
export function prepareStarlight(contentDir: string): void {
	install();
	writeFileSync(
		join(project, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			"export default defineConfig({ integrations: [starlight({ title: 'Starlight', defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })] });",
			'',
		].join('\n'),
	);
	mkdirSync(join(project, 'src'), { recursive: true });
	writeFileSync(
		join(project, 'src', 'content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	rmSync(docs, { recursive: true, force: true });
	mkdirSync(docs, { recursive: true });
	writeFileSync(join(docs, 'index.md'), '---\ntitle: 标准库\n---\n生成的标准。\n');
	const standards = join(contentDir, 'standards');
	for (const id of readdirSync(standards).filter((name) => name.startsWith('gen-'))) {
		const newest = readdirSync(join(standards, id))
			.filter((name) => name.endsWith('.mdx'))
			.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
			.at(-1)!;
		const text = readFileSync(join(standards, id, newest), 'utf8');
		const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
		const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(front)?.[1] ?? '';
		writeFileSync(
			join(docs, `${id}.md`),
			`---\ntitle: ${yamlString(field('title'))}\ndescription: ${yamlString(field('summary'))}\n---\n${body}`,
		);
	}
}

/** A cold `astro build` of the Starlight project: wall time, peak memory of its process tree, pages written. */
export function buildStarlight(): Promise<StarlightRun> {
	for (const dir of ['dist', '.astro', join('node_modules', '.astro')]) rmSync(join(project, dir), { recursive: true, force: true });
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: project,
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		let peakRss = 0;
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 250);
		child.on('close', (code) => {
			clearInterval(sampler);
			const wall = (performance.now() - started) / 1000;
			if (code !== 0) return fail(new Error(`Starlight build exited with ${code}:\n${errors}`));
			done({ wall, peakRss, pages: countPages(join(project, 'dist')) });
		});
	});
}

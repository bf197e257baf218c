/**
 * The result of a self-assessment as HTML: overall score and level, a radar chart with a table
 * that says the same in text (score, band in words, trend against the previous result), and the
 * recommendations with links to the clauses to read. Bands are never colour alone: each carries
 * its label and level word.
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { AssessmentScore } from './assessment-scoring.ts';
import { escapeHtml as esc } from './html.ts';
import { radarSvg } from './radar-chart.ts';
import { fill } from './format.ts';

export interface ResultLabels {
	overall: string;
	level: string;
	dimension: string;
	score: string;
	band: string;
	trend: string;
	noScore: string;
	recommendations: string;
	read: string;
	chartTitle: string;
	current: string;
	previous: string;
	levelWords: Record<'red' | 'amber' | 'green', string>;
	answered: string;
}

export interface ClauseLinkInfo {
	href: string;
	label: string;
	title: string;
}

const num = (n: number | null, labels: ResultLabels) => (n === null ? labels.noScore : (Math.round(n * 10) / 10).toString());

function trend(now: number | null, before: number | null | undefined): string {
	if (now === null || before === null || before === undefined) return '–';
	const delta = Math.round((now - before) * 10) / 10;
	return delta > 0 ? `↑ +${delta}` : delta < 0 ? `↓ ${delta}` : '→ 0';
}

export function renderResultHtml(
	assessment: Pick<AssessmentData, 'dimensions'>,
	score: AssessmentScore,
	options: { labels: ResultLabels; previous?: AssessmentScore | undefined; links: Record<string, ClauseLinkInfo> },
): string {
	const { labels, previous, links } = options;
	const titles = assessment.dimensions.map((d) => d.title);
	const chart = radarSvg({
		axes: titles,
		current: { values: score.dimensions.map((d) => d.score), label: labels.current },
		previous: previous ? { values: previous.dimensions.map((d) => d.score), label: labels.previous } : undefined,
		title: labels.chartTitle,
	});
	const rows = score.dimensions
		.map((d, i) => {
			const band = d.band
				? `<span class="band ${d.band.level}">${esc(labels.levelWords[d.band.level])} · ${esc(d.band.label)}</span>`
				: esc(labels.noScore);
			return `<tr><th scope="row">${esc(titles[i] ?? d.id)}</th><td>${esc(num(d.score, labels))}</td><td>${band}</td>${previous ? `<td>${esc(trend(d.score, previous.dimensions[i]?.score))}</td>` : ''}</tr>`;
		})
		.join('');
	const table = `<table class="scores"><thead><tr><th scope="col">${esc(labels.dimension)}</th><th scope="col">${esc(labels.score)}</th><th scope="col">${esc(labels.band)}</th>${previous ? `<th scope="col">${esc(labels.trend)}</th>` : ''}</tr></thead><tbody>${rows}</tbody></table>`;
	const recommendations = score.dimensions
		.map((d, i) => {
			if (!d.band) return '';
			const refs = d.band.refs
				.map((ref) => links[ref])
				.filter((l) => l !== undefined)
				.map((l) => `<a href="${esc(l.href)}" title="${esc(l.title)}">${esc(l.label)} ${esc(l.title)}</a>`)
				.join('、');
			return `<li class="band-${d.band.level}"><strong>${esc(titles[i] ?? d.id)}</strong>（${esc(labels.levelWords[d.band.level])} · ${esc(d.band.label)}）：${esc(d.band.recommendation)}${refs ? ` <span class="refs">${esc(labels.read)} ${refs}</span>` : ''}</li>`;
		})
		.join('');
	return `<div class="overall"><p class="overall-score">${esc(labels.overall)} <strong>${esc(num(score.overall, labels))}</strong>${score.level ? ` · ${esc(labels.level)} <strong>${esc(score.level)}</strong>` : ''}</p><p class="answered">${esc(fill(labels.answered, { answered: score.answered, total: score.total }))}</p></div><div class="chart-and-table">${chart}${table}</div><h3>${esc(labels.recommendations)}</h3><ul class="recommendations">${recommendations}</ul>`;
}

/** CSV of the answers and dimension scores, for a spreadsheet. */
export function resultCsv(
	assessment: Pick<AssessmentData, 'dimensions' | 'scale'>,
	answers: Record<string, number | 'na'>,
	score: AssessmentScore,
): string {
	// Quoted, and a leading = + - @ is escaped so a spreadsheet never runs a cell as a formula.
	const cell = (v: string | number) =>
		`"${String(v)
			.replace(/^[=+\-@]/, "'$&")
			.replace(/"/g, '""')}"`;
	const lines = [['dimension', 'statement_id', 'statement', 'rating', 'rating_label'].join(',')];
	for (const d of assessment.dimensions) {
		for (const s of d.statements) {
			const r = answers[s.id];
			lines.push(
				[
					cell(d.title),
					cell(s.id),
					cell(s.text),
					cell(r ?? ''),
					cell(r === 'na' ? 'n/a' : r === undefined ? '' : (assessment.scale.labels[r - 1] ?? '')),
				].join(','),
			);
		}
	}
	lines.push('', ['dimension', 'score', 'band'].join(','));
	score.dimensions.forEach((d, i) =>
		lines.push([cell(assessment.dimensions[i]?.title ?? d.id), cell(d.score ?? ''), cell(d.band?.label ?? '')].join(',')),
	);
	lines.push([cell('overall'), cell(score.overall ?? ''), cell(score.level ?? '')].join(','));
	return `${lines.join('\n')}\n`;
}

/**
 * The result of a self-assessment as HTML: overall score and level, a radar chart with a table
 * that says the same in text (score, band in words, trend against the previous result), and the
 * recommendations with links to the clauses to read. Bands are never colour alone: each carries
 * its label and level word. Built with the escaping `html` template; strings come as a `t` over the
 * i18n keys in ASSESSMENT_HTML_KEYS (see quiz-html.ts for why a `t` rather than a labels object).
 */
import type { AssessmentData } from '../../schemas/assessment.ts';
import type { AssessmentScore } from './assessment-scoring.ts';
import type { Translator } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { radarSvg } from './radar-chart.ts';

/** The UI strings of a result, by i18n key (the page sends them; see src/i18n/element-strings.ts). */
export const ASSESSMENT_HTML_KEYS = [
	'assessment.overall',
	'assessment.level',
	'assessment.dimension',
	'assessment.score',
	'assessment.band',
	'assessment.trend',
	'assessment.noScore',
	'assessment.recommendations',
	'assessment.read',
	'assessment.chartTitle',
	'assessment.current',
	'assessment.previous',
	'assessment.level.red',
	'assessment.level.amber',
	'assessment.level.green',
	'assessment.answered',
] as const;
export type AssessmentHtmlKey = (typeof ASSESSMENT_HTML_KEYS)[number];
type T = Translator<AssessmentHtmlKey>;

/** The key of the word for a band's level (bands are never colour alone). */
export const levelKey = (level: 'red' | 'amber' | 'green') => `assessment.level.${level}` as const;

export interface ClauseLinkInfo {
	href: string;
	label: string;
	title: string;
}

const num = (n: number | null, t: T) => (n === null ? t('assessment.noScore') : (Math.round(n * 10) / 10).toString());

function trend(now: number | null, before: number | null | undefined): string {
	if (now === null || before === null || before === undefined) return '–';
	const delta = Math.round((now - before) * 10) / 10;
	return delta > 0 ? `↑ +${delta}` : delta < 0 ? `↓ ${delta}` : '→ 0';
}

export function renderResultHtml(
	assessment: Pick<AssessmentData, 'dimensions'>,
	score: AssessmentScore,
	options: { t: T; previous?: AssessmentScore | undefined; links: Record<string, ClauseLinkInfo> },
): SafeHtml {
	const { t, previous, links } = options;
	const titles = assessment.dimensions.map((d) => d.title);
	const chart = radarSvg({
		axes: titles,
		current: { values: score.dimensions.map((d) => d.score), label: t('assessment.current') },
		previous: previous ? { values: previous.dimensions.map((d) => d.score), label: t('assessment.previous') } : undefined,
		title: t('assessment.chartTitle'),
	});
	const rows = score.dimensions.map((d, i) => {
		const band = d.band
			? html`<span class="band ${d.band.level}">${t(levelKey(d.band.level))} · ${d.band.label}</span>`
			: t('assessment.noScore');
		const change = previous && html`<td>${trend(d.score, previous.dimensions[i]?.score)}</td>`;
		return html`<tr><th scope="row">${titles[i] ?? d.id}</th><td>${num(d.score, t)}</td><td>${band}</td>${change}</tr>`;
	});
	const head = html`<th scope="col">${t('assessment.dimension')}</th><th scope="col">${t('assessment.score')}</th><th scope="col">${t('assessment.band')}</th>${previous && html`<th scope="col">${t('assessment.trend')}</th>`}`;
	const table = html`<table class="scores"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
	const recommendations = score.dimensions.map((d, i) => {
		if (!d.band) return '';
		const refs = d.band.refs
			.map((ref) => links[ref])
			.filter((l) => l !== undefined)
			.map((l, n) => html`${n > 0 && '、'}<a href="${l.href}" title="${l.title}">${l.label} ${l.title}</a>`);
		const read = refs.length > 0 && html` <span class="refs">${t('assessment.read')} ${refs}</span>`;
		return html`<li class="band-${d.band.level}"><strong>${titles[i] ?? d.id}</strong>（${t(levelKey(d.band.level))} · ${d.band.label}）：${d.band.recommendation}${read}</li>`;
	});
	const level = score.level && html` · ${t('assessment.level')} <strong>${score.level}</strong>`;
	const answered = t('assessment.answered', { answered: score.answered, total: score.total });
	return html`<div class="overall"><p class="overall-score">${t('assessment.overall')} <strong>${num(score.overall, t)}</strong>${level}</p><p class="answered">${answered}</p></div><div class="chart-and-table">${chart}${table}</div><h3>${t('assessment.recommendations')}</h3><ul class="recommendations">${recommendations}</ul>`;
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

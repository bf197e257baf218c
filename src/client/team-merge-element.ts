/**
 * `<pb-team-merge>`: a facilitator pastes members' share links, or picks or drops their exported
 * JSON files; everything is decoded and validated in the page and merged with src/lib/team-merge.ts.
 * Each member's result counts once (a link pasted twice, a file picked and dropped, a re-dropped
 * file); results that do not meet the assessment's validity rule are refused with the reason. The
 * summary gives the team's overall score and level, a radar of mean and lowest, and per-statement
 * detail only from three members up. Strings come from the page data's `strings` (src/client/strings.ts);
 * markup from the escaping `html` template.
 */
import type { AssessmentPageData } from '../lib/page-data.ts';
import { pick, type Answers } from '../lib/assessment-scoring.ts';
import { levelKey } from '../lib/assessment-html.ts';
import { html } from '../lib/html.ts';
import { radarSvg } from '../lib/radar-chart.ts';
import { decodeAnswers, resultId, shareCodeFrom } from '../lib/share-codec.ts';
import { admitMembers, MIN_MEMBERS_FOR_DETAIL, mergeResults, statementMeans, teamOverall, type MemberInput } from '../lib/team-merge.ts';
import { fnv1a } from '../lib/hash.ts';
import { setHtml } from './browser.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

class TeamMergeElement extends HTMLElement {
	#data!: AssessmentPageData;
	#t!: Translator<ElementKey<'pb-team-merge'>>;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-assessment-data]')?.textContent ?? '{}') as AssessmentPageData;
		this.#t = readStrings(this.#data.strings, this.#data.locale);
		this.querySelector('form')?.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#merge();
		});
		// Files dropped anywhere on the form join the picked ones.
		const zone = this.querySelector<HTMLElement>('[data-drop]');
		zone?.addEventListener('dragover', (event) => {
			event.preventDefault();
			zone.classList.add('is-over');
		});
		zone?.addEventListener('dragleave', () => zone.classList.remove('is-over'));
		zone?.addEventListener('drop', (event) => {
			event.preventDefault();
			zone.classList.remove('is-over');
			this.#dropped.push(...[...(event.dataTransfer?.files ?? [])]);
			const count = this.querySelector('[data-dropped]');
			if (count) count.textContent = this.#dropped.map((f) => f.name).join('、');
			void this.#merge();
		});
	}

	/** Files dropped on the page, kept until the next merge. */
	#dropped: File[] = [];

	/** One member's answers from a share link (or bare code), keyed by its result id (or, for older links, the code). */
	#fromLink(line: string): MemberInput {
		// A link with `#r=` (or an old `?r=`), or the bare code.
		const code = shareCodeFrom(line, location.href) ?? line.trim();
		const decoded = decodeAnswers(code, this.#data.id, this.#data.definition);
		if (!decoded.ok) return { error: this.#t(`assessment.reason.${decoded.error}`) };
		return { key: decoded.result ? `result:${decoded.result}` : `code:${code}`, answers: decoded.answers };
	}

	/** One member's answers from an exported JSON file, checked against this assessment's scale. */
	async #fromFile(file: File): Promise<MemberInput> {
		const refused = { error: this.#t('team.notJson') };
		try {
			const json = JSON.parse(await file.text()) as { assessment?: unknown; answers?: unknown; at?: unknown; id?: unknown };
			if (json.assessment !== this.#data.id || typeof json.answers !== 'object' || json.answers === null || Array.isArray(json.answers))
				return refused;
			const answers: Answers = {};
			const points = this.#data.definition.scale.labels.length;
			for (const [id, value] of Object.entries(json.answers as Record<string, unknown>)) {
				if (value === 'na' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points))
					answers[id] = value as number | 'na';
				else return refused;
			}
			// The file's result id, or one computed the same way a share link's is, so a link and a file of one result match.
			const at = typeof json.at === 'string' ? json.at : undefined;
			const id =
				typeof json.id === 'string' && /^[0-9a-z]{1,8}$/.test(json.id) ? json.id : at ? resultId(this.#data.id, at, answers) : undefined;
			return { key: id ? `result:${id}` : `file:${fnv1a(JSON.stringify(answers))}`, answers };
		} catch {
			return refused;
		}
	}

	async #merge() {
		const lines = (this.querySelector('textarea')?.value ?? '').split('\n').filter((l) => l.trim());
		const files = [...(this.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? []), ...this.#dropped];
		const inputs: MemberInput[] = [...lines.map((l) => this.#fromLink(l)), ...(await Promise.all(files.map((f) => this.#fromFile(f))))];
		const { definition } = this.#data;
		const admitted = admitMembers(definition, inputs);
		const members = admitted.flatMap((a) => (a.status === 'counted' ? [a.answers] : []));
		const percent = Math.round(definition.minAnswered * 100);
		const t = this.#t;
		const reason = (i: number) => {
			const a = admitted[i]!;
			if (a.status === 'duplicate') return t('team.duplicate', { n: a.of });
			if (a.status === 'incomplete') return t('team.noAnswers', { percent });
			return a.status === 'unreadable' ? a.error : '';
		};
		const refusals = admitted.flatMap((a, i) =>
			a.status === 'counted' ? [] : [html`<li>${t('team.rejected', { n: i + 1, reason: reason(i) })}</li>`],
		);
		const rejected = refusals.length > 0 && html`<ul class="rejected">${refusals}</ul>`;
		const out = this.querySelector<HTMLElement>('[data-summary]')!;
		if (members.length === 0) {
			setHtml(out, html`${rejected}<p>${t('team.none')}</p>`);
			return;
		}
		const summary = mergeResults(definition, members);
		const overall = teamOverall(definition, summary);
		const title = (id: string) => definition.dimensions.find((d) => d.id === id)?.title ?? id;
		const n = (v: number | null) => (v === null ? '–' : String(v));
		const bandOf = (i: number, mean: number | null) => {
			const band = mean === null ? null : pick(definition.dimensions[i]!.bands, mean);
			return band ? html`<span class="band ${band.level}">${t(levelKey(band.level))} · ${band.label}</span>` : '–';
		};
		const chart = radarSvg({
			axes: definition.dimensions.map((d) => d.title),
			current: { values: summary.dimensions.map((d) => d.mean), label: t('team.mean') },
			previous: { values: summary.dimensions.map((d) => d.lowest), label: t('team.lowest') },
			title: t('team.chartTitle'),
		});
		const legend = html`<p class="legend"><span class="key mean"></span> ${t('team.mean')} <span class="key lowest"></span> ${t('team.lowest')}</p>`;
		const level = overall.level && html` · ${t('assessment.level')} <strong>${overall.level}</strong>`;

		// Per dimension: mean, band, lowest, spread, standard deviation.
		const head = [
			t('assessment.dimension'),
			t('team.mean'),
			t('assessment.band'),
			t('team.lowest'),
			t('team.spread'),
			t('team.stdDev'),
		].map((label) => html`<th scope="col">${label}</th>`);
		const rows = summary.dimensions.map(
			(d, i) =>
				html`<tr><th scope="row">${title(d.id)}</th><td>${n(d.mean)}</td><td>${bandOf(i, d.mean)}</td><td>${n(d.lowest)}</td><td>${n(d.spread)}</td><td>${n(d.stdDev)}</td></tr>`,
		);
		const table = html`<div class="table-scroll" tabindex="0"><table class="team"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;

		const spreadOf = (id: string) => n(summary.dimensions.find((d) => d.id === id)?.spread ?? null);
		const disagree = summary.disagreement.slice(0, 3).map((id) => html`<li>${title(id)}（${t('team.spread')} ${spreadOf(id)}）</li>`);
		const weakest = summary.weakest.slice(0, 2).map((id) => {
			const dimension = definition.dimensions.find((d) => d.id === id)!;
			const mean = summary.dimensions.find((d) => d.id === id)?.mean ?? 0;
			const band = pick(dimension.bands, mean);
			const refs = (band?.refs ?? [])
				.map((ref) => this.#data.links[ref])
				.filter((l) => l !== undefined)
				.map((l, i) => html`${i > 0 && '、'}<a href="${l.href}">${l.label} ${l.title}</a>`);
			const read = refs.length > 0 && html` ${t('assessment.read')} ${refs}`;
			return html`<li><strong>${dimension.title}</strong>（${n(mean)}）：${band?.recommendation ?? ''}${read}</li>`;
		});

		// Per statement only from three members up, so no one's answers can be told apart.
		const statements = new Map(definition.dimensions.flatMap((d) => d.statements.map((st) => [st.id, st.text] as const)));
		const statementRows = statementMeans(definition, members).map(
			(st) => html`<tr><th scope="row">${statements.get(st.id) ?? st.id}</th><td>${n(st.mean)}</td></tr>`,
		);
		const detail =
			members.length < MIN_MEMBERS_FOR_DETAIL
				? html`<p class="few">${t('team.fewMembers')}</p>`
				: html`<div class="table-scroll" tabindex="0"><table class="team statements"><thead><tr><th scope="col">${t('team.statement')}</th><th scope="col">${t('team.mean')}</th></tr></thead><tbody>${statementRows}</tbody></table></div>`;

		setHtml(
			out,
			html`${[
				html`<p role="status">${t('team.members', { count: members.length })}</p>`,
				rejected,
				html`<p class="overall">${t('team.overall')} <strong>${n(overall.score)}</strong>${level}</p>`,
				html`<div class="chart">${chart}${legend}</div>`,
				table,
				html`<h3>${t('team.disagree')}</h3><ol>${disagree}</ol>`,
				html`<h3>${t('team.weakest')}</h3><ul>${weakest}</ul>`,
				html`<h3>${t('team.statements')}</h3>`,
				detail,
			]}`,
		);
		out.focus();
	}
}

if (!customElements.get('pb-team-merge')) customElements.define('pb-team-merge', TeamMergeElement);

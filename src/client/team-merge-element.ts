/**
 * `<pb-team-merge>`: a facilitator pastes members' share links, or picks or drops their exported
 * JSON files; everything is decoded and validated in the page and merged with src/lib/team-merge.ts.
 * Each member's result counts once (a link pasted twice, a file picked and dropped, a re-dropped
 * file); results that do not meet the assessment's validity rule are refused with the reason. The
 * summary gives the team's overall score and level, a radar of mean and lowest, and per-statement
 * detail only from three members up.
 */
import type { AssessmentPageData } from '../lib/page-data.ts';
import { pick, type Answers } from '../lib/assessment-scoring.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { radarSvg } from '../lib/radar-chart.ts';
import { decodeAnswers, resultId, shareCodeFrom } from '../lib/share-codec.ts';
import { admitMembers, MIN_MEMBERS_FOR_DETAIL, mergeResults, statementMeans, teamOverall, type MemberInput } from '../lib/team-merge.ts';
import { fnv1a } from '../lib/hash.ts';
import { fill } from '../lib/format.ts';

class TeamMergeElement extends HTMLElement {
	#data!: AssessmentPageData;

	connectedCallback() {
		this.#data = JSON.parse(this.querySelector('[data-assessment-data]')?.textContent ?? '{}') as AssessmentPageData;
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

	#text(key: string) {
		return this.#data.text[key] ?? key;
	}

	/** One member's answers from a share link (or bare code), keyed by its result id (or, for older links, the code). */
	#fromLink(line: string): MemberInput {
		// A link with `#r=` (or an old `?r=`), or the bare code.
		const code = shareCodeFrom(line, location.href) ?? line.trim();
		const decoded = decodeAnswers(code, this.#data.id, this.#data.definition);
		if (!decoded.ok) return { error: this.#text(`assessment:reason.${decoded.error}`) };
		return { key: decoded.result ? `result:${decoded.result}` : `code:${code}`, answers: decoded.answers };
	}

	/** One member's answers from an exported JSON file, checked against this assessment's scale. */
	async #fromFile(file: File): Promise<MemberInput> {
		const refused = { error: this.#text('team:notJson') };
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
		const reason = (i: number) => {
			const a = admitted[i]!;
			if (a.status === 'duplicate') return fill(this.#text('team:duplicate'), { n: a.of });
			if (a.status === 'incomplete') return fill(this.#text('team:noAnswers'), { percent });
			return a.status === 'unreadable' ? a.error : '';
		};
		const rejected = admitted
			.map((a, i) => (a.status === 'counted' ? '' : `<li>${esc(fill(this.#text('team:rejected'), { n: i + 1, reason: reason(i) }))}</li>`))
			.join('');
		const out = this.querySelector<HTMLElement>('[data-summary]')!;
		if (members.length === 0) {
			out.innerHTML = `${rejected ? `<ul class="rejected">${rejected}</ul>` : ''}<p>${esc(this.#text('team:none'))}</p>`;
			return;
		}
		const summary = mergeResults(definition, members);
		const overall = teamOverall(definition, summary);
		const title = (id: string) => definition.dimensions.find((d) => d.id === id)?.title ?? id;
		const n = (v: number | null) => (v === null ? '–' : String(v));
		const words = this.#data.result.levelWords;
		const bandOf = (i: number, mean: number | null) => {
			const band = mean === null ? null : pick(definition.dimensions[i]!.bands, mean);
			return band ? `<span class="band ${band.level}">${esc(words[band.level])} · ${esc(band.label)}</span>` : '–';
		};
		const rows = summary.dimensions
			.map(
				(d, i) =>
					`<tr><th scope="row">${esc(title(d.id))}</th><td>${n(d.mean)}</td><td>${bandOf(i, d.mean)}</td><td>${n(d.lowest)}</td><td>${n(d.spread)}</td><td>${n(d.stdDev)}</td></tr>`,
			)
			.join('');
		const chart = radarSvg({
			axes: definition.dimensions.map((d) => d.title),
			current: { values: summary.dimensions.map((d) => d.mean), label: this.#text('team:mean') },
			previous: { values: summary.dimensions.map((d) => d.lowest), label: this.#text('team:lowest') },
			title: this.#text('team:chartTitle'),
		});
		const weakest = summary.weakest.slice(0, 2).map((id) => {
			const dimension = definition.dimensions.find((d) => d.id === id)!;
			const mean = summary.dimensions.find((d) => d.id === id)?.mean ?? 0;
			const band = pick(dimension.bands, mean);
			const refs = (band?.refs ?? [])
				.map((ref) => this.#data.links[ref])
				.filter((l) => l !== undefined)
				.map((l) => `<a href="${esc(l.href)}">${esc(l.label)} ${esc(l.title)}</a>`)
				.join('、');
			return `<li><strong>${esc(dimension.title)}</strong>（${n(mean)}）：${esc(band?.recommendation ?? '')}${refs ? ` ${esc(this.#text('assessment:read'))} ${refs}` : ''}</li>`;
		});
		const statements = new Map(definition.dimensions.flatMap((d) => d.statements.map((st) => [st.id, st.text] as const)));
		const detail =
			members.length < MIN_MEMBERS_FOR_DETAIL
				? `<p class="few">${esc(this.#text('team:fewMembers'))}</p>`
				: `<div class="table-scroll" tabindex="0"><table class="team statements"><thead><tr><th scope="col">${esc(this.#text('team:statement'))}</th><th scope="col">${esc(this.#text('team:mean'))}</th></tr></thead><tbody>${statementMeans(
						definition,
						members,
					)
						.map((st) => `<tr><th scope="row">${esc(statements.get(st.id) ?? st.id)}</th><td>${n(st.mean)}</td></tr>`)
						.join('')}</tbody></table></div>`;
		const legend = `<p class="legend"><span class="key mean"></span> ${esc(this.#text('team:mean'))} <span class="key lowest"></span> ${esc(this.#text('team:lowest'))}</p>`;
		out.innerHTML = `<p role="status">${esc(fill(this.#text('team:members'), { count: members.length }))}</p>${rejected ? `<ul class="rejected">${rejected}</ul>` : ''}<p class="overall">${esc(this.#text('team:overall'))} <strong>${n(overall.score)}</strong>${
			overall.level ? ` · ${esc(this.#text('assessment:level'))} <strong>${esc(overall.level)}</strong>` : ''
		}</p><div class="chart">${chart}${legend}</div><div class="table-scroll" tabindex="0"><table class="team"><thead><tr><th scope="col">${esc(this.#text('assessment:dimension'))}</th><th scope="col">${esc(this.#text('team:mean'))}</th><th scope="col">${esc(this.#data.result.band)}</th><th scope="col">${esc(this.#text('team:lowest'))}</th><th scope="col">${esc(this.#text('team:spread'))}</th><th scope="col">${esc(this.#text('team:stdDev'))}</th></tr></thead><tbody>${rows}</tbody></table></div><h3>${esc(this.#text('team:disagree'))}</h3><ol>${summary.disagreement
			.slice(0, 3)
			.map(
				(id) =>
					`<li>${esc(title(id))}（${esc(this.#text('team:spread'))} ${n(summary.dimensions.find((d) => d.id === id)?.spread ?? null)}）</li>`,
			)
			.join(
				'',
			)}</ol><h3>${esc(this.#text('team:weakest'))}</h3><ul>${weakest.join('')}</ul><h3>${esc(this.#text('team:statements'))}</h3>${detail}`;
		out.focus();
	}
}

if (!customElements.get('pb-team-merge')) customElements.define('pb-team-merge', TeamMergeElement);

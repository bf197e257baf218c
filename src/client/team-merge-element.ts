/**
 * `<pb-team-merge>`: a facilitator pastes members' share links, or picks or drops their exported
 * JSON files; everything is decoded and validated in the page and merged with src/lib/team-merge.ts.
 */
import type { AssessmentPageData } from '../data/assessment-data.ts';
import { pick, type Answers } from '../lib/assessment-scoring.ts';
import { escapeHtml as esc } from '../lib/html.ts';
import { decodeAnswers, shareCodeFrom } from '../lib/share-codec.ts';
import { mergeResults } from '../lib/team-merge.ts';
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

	/** One member's answers from a share link (or bare code), or why not. */
	#fromLink(line: string): Answers | string {
		// A link with `#r=` (or an old `?r=`), or the bare code.
		const code = shareCodeFrom(line, location.href) ?? line.trim();
		const decoded = decodeAnswers(code, this.#data.id, this.#data.definition);
		return decoded.ok ? decoded.answers : this.#text(`assessment:reason.${decoded.error}`);
	}

	/** One member's answers from an exported JSON file, checked against this assessment's code rules. */
	async #fromFile(file: File): Promise<Answers | string> {
		try {
			const json = JSON.parse(await file.text()) as { assessment?: unknown; answers?: unknown };
			if (json.assessment !== this.#data.id || typeof json.answers !== 'object' || json.answers === null) return this.#text('team:notJson');
			const answers: Answers = {};
			const points = this.#data.definition.scale.labels.length;
			for (const [id, value] of Object.entries(json.answers as Record<string, unknown>)) {
				if (value === 'na' || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points)) answers[id] = value as number | 'na';
				else return this.#text('team:notJson');
			}
			return answers;
		} catch {
			return this.#text('team:notJson');
		}
	}

	async #merge() {
		const lines = (this.querySelector('textarea')?.value ?? '').split('\n').filter((l) => l.trim());
		const files = [...(this.querySelector<HTMLInputElement>('input[type="file"]')?.files ?? []), ...this.#dropped];
		const inputs: (Answers | string)[] = [...lines.map((l) => this.#fromLink(l)), ...(await Promise.all(files.map((f) => this.#fromFile(f))))];
		const members = inputs.filter((i): i is Answers => typeof i !== 'string');
		const rejected = inputs.map((input, i) => (typeof input === 'string' ? `<li>${esc(fill(this.#text('team:rejected'), { n: i + 1, reason: input }))}</li>` : '')).join('');
		const out = this.querySelector<HTMLElement>('[data-summary]')!;
		if (members.length === 0) {
			out.innerHTML = `${rejected ? `<ul class="rejected">${rejected}</ul>` : ''}<p>${esc(this.#text('team:none'))}</p>`;
			return;
		}
		const { definition } = this.#data;
		const summary = mergeResults(definition, members);
		const title = (id: string) => definition.dimensions.find((d) => d.id === id)?.title ?? id;
		const n = (v: number | null) => (v === null ? '–' : String(v));
		const rows = summary.dimensions
			.map((d) => `<tr><th scope="row">${esc(title(d.id))}</th><td>${n(d.mean)}</td><td>${n(d.lowest)}</td><td>${n(d.spread)}</td><td>${n(d.stdDev)}</td></tr>`)
			.join('');
		const weakest = summary.weakest.slice(0, 2).map((id) => {
			const dimension = definition.dimensions.find((d) => d.id === id)!;
			const mean = summary.dimensions.find((d) => d.id === id)?.mean ?? 0;
			const band = pick(dimension.bands, mean);
			const refs = (band?.refs ?? []).map((ref) => this.#data.links[ref]).filter((l) => l !== undefined).map((l) => `<a href="${esc(l.href)}">${esc(l.label)} ${esc(l.title)}</a>`).join('、');
			return `<li><strong>${esc(dimension.title)}</strong>（${n(mean)}）：${esc(band?.recommendation ?? '')}${refs ? ` ${esc(this.#text('assessment:read'))} ${refs}` : ''}</li>`;
		});
		out.innerHTML = `<p role="status">${esc(fill(this.#text('team:members'), { count: members.length }))}</p>${rejected ? `<ul class="rejected">${rejected}</ul>` : ''}<table class="team"><thead><tr><th scope="col">${esc(this.#text('assessment:dimension'))}</th><th scope="col">${esc(this.#text('team:mean'))}</th><th scope="col">${esc(this.#text('team:lowest'))}</th><th scope="col">${esc(this.#text('team:spread'))}</th><th scope="col">${esc(this.#text('team:stdDev'))}</th></tr></thead><tbody>${rows}</tbody></table><h3>${esc(this.#text('team:disagree'))}</h3><ol>${summary.disagreement
			.slice(0, 3)
			.map((id) => `<li>${esc(title(id))}（${esc(this.#text('team:spread'))} ${n(summary.dimensions.find((d) => d.id === id)?.spread ?? null)}）</li>`)
			.join('')}</ol><h3>${esc(this.#text('team:weakest'))}</h3><ul>${weakest.join('')}</ul>`;
		out.focus();
	}
}

if (!customElements.get('pb-team-merge')) customElements.define('pb-team-merge', TeamMergeElement);

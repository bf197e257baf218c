/**
 * A radar chart as SVG markup (built with the escaping `html` tag, like every other generated markup): one axis per dimension, rings at 25/50/75/100, the current
 * scores as a filled polygon and, optionally, an earlier result as a dashed outline. Unscored
 * dimensions sit at the centre. The page pairs it with a table that says the same in text.
 */
import { html, type SafeHtml } from './html.ts';

export interface RadarSeries {
	/** One value per axis, 0–100, or null for "no score". */
	values: (number | null)[];
	label: string;
}

export interface RadarOptions {
	axes: string[];
	current: RadarSeries;
	previous?: RadarSeries | undefined;
	/** Accessible name of the chart. */
	title: string;
	size?: number;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

export function radarSvg({ axes, current, previous, title, size = 360 }: RadarOptions): SafeHtml {
	const centre = size / 2;
	const radius = size / 2 - 70;
	const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
	const point = (i: number, value: number) =>
		[centre + Math.cos(angle(i)) * radius * (value / 100), centre + Math.sin(angle(i)) * radius * (value / 100)] as const;
	const polygon = (values: (number | null)[]) =>
		values
			.map((v, i) =>
				point(i, v ?? 0)
					.map(fmt)
					.join(','),
			)
			.join(' ');
	const rings = [25, 50, 75, 100].map((r) => html`<polygon class="ring" points="${polygon(axes.map(() => r))}"/>`);
	const spokes = axes.map(
		(_, i) => html`<line class="spoke" x1="${centre}" y1="${centre}" x2="${fmt(point(i, 100)[0])}" y2="${fmt(point(i, 100)[1])}"/>`,
	);
	const labels = axes.map((text, i) => {
		const [x, y] = point(i, 122);
		const anchor = Math.abs(x - centre) < 5 ? 'middle' : x > centre ? 'start' : 'end';
		return html`<text x="${fmt(x)}" y="${fmt(y)}" text-anchor="${anchor}" dominant-baseline="middle">${text}</text>`;
	});
	const prev = previous && html`<polygon class="previous" points="${polygon(previous.values)}"><title>${previous.label}</title></polygon>`;
	const dots = current.values.map(
		(v, i) => v !== null && html`<circle class="dot" cx="${fmt(point(i, v)[0])}" cy="${fmt(point(i, v)[1])}" r="3.5"/>`,
	);
	// Side margins for the axis labels, which run long (Chinese dimension names) and are set large
	// enough to read (the page sets them at about 1.1rem at full size).
	const pad = 120;
	return html`<svg class="radar" viewBox="${-pad} 0 ${size + 2 * pad} ${size}" role="img" aria-label="${title}" xmlns="http://www.w3.org/2000/svg"><g aria-hidden="true">${rings}${spokes}${prev}<polygon class="current" points="${polygon(current.values)}"><title>${current.label}</title></polygon>${dots}${labels}</g></svg>`;
}

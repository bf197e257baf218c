import { describe, expect, it } from 'vitest';
import { radarSvg } from '../../src/lib/radar-chart.ts';

/** Default size 360: centre (180, 180), radius 110, so 100 on an axis is 110 from the centre. */
const four = ['Comms & <team>', 'Roles', 'Decisions', 'Growth'];
const all = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => m[1]);
const pointsOf = (svg: string, cls: string) => all(svg, new RegExp(`<polygon class="${cls}" points="([^"]*)"`, 'g'));

describe('radarSvg', () => {
	const svg = radarSvg({ axes: four, current: { values: [100, 50, null, 0], label: 'Now <1>' }, title: 'Team "radar" & more' }).value;

	it('is one image with the given accessible name, its drawing hidden from screen readers', () => {
		expect(svg).toMatch(
			/^<svg class="radar" viewBox="[^"]*" role="img" aria-label="Team &quot;radar&quot; &amp; more" xmlns="http:\/\/www\.w3\.org\/2000\/svg"><g aria-hidden="true">/,
		);
		expect(svg.endsWith('</g></svg>')).toBe(true);
		expect(svg.match(/role="img"/g)).toHaveLength(1);
	});

	it('labels each axis once, escaped, at 122 % of the radius, anchored by side', () => {
		expect(all(svg, /<text [^>]*>([^<]*)<\/text>/g)).toEqual(['Comms &amp; &lt;team&gt;', 'Roles', 'Decisions', 'Growth']);
		expect(svg).toContain('<text x="180" y="45.8" text-anchor="middle" dominant-baseline="middle">Comms &amp; &lt;team&gt;</text>');
		expect(svg).toContain('<text x="314.2" y="180" text-anchor="start" dominant-baseline="middle">Roles</text>');
		expect(svg).toContain('<text x="180" y="314.2" text-anchor="middle" dominant-baseline="middle">Decisions</text>');
		expect(svg).toContain('<text x="45.8" y="180" text-anchor="end" dominant-baseline="middle">Growth</text>');
		expect(svg).not.toContain('<team>');
	});

	it('draws one spoke per axis from the centre to 100, the first pointing straight up', () => {
		expect(all(svg, /<line class="spoke" ([^/]*)\/>/g)).toEqual([
			'x1="180" y1="180" x2="180" y2="70"',
			'x1="180" y1="180" x2="290" y2="180"',
			'x1="180" y1="180" x2="180" y2="290"',
			'x1="180" y1="180" x2="70" y2="180"',
		]);
	});

	it('draws rings at 25, 50, 75 and 100', () => {
		expect(pointsOf(svg, 'ring')).toEqual([
			'180,152.5 207.5,180 180,207.5 152.5,180',
			'180,125 235,180 180,235 125,180',
			'180,97.5 262.5,180 180,262.5 97.5,180',
			'180,70 290,180 180,290 70,180',
		]);
	});

	it('puts the current polygon’s points at the values: 100 on the top axis is the top spoke’s end, null and 0 at the centre', () => {
		expect(pointsOf(svg, 'current')).toEqual(['180,70 235,180 180,180 180,180']);
		expect(svg).toContain('<polygon class="current" points="180,70 235,180 180,180 180,180"><title>Now &lt;1&gt;</title></polygon>');
	});

	it('marks each scored value with a dot, none for null', () => {
		expect(all(svg, /<circle class="dot" ([^/]*)\/>/g)).toEqual([
			'cx="180" cy="70" r="3.5"',
			'cx="235" cy="180" r="3.5"',
			'cx="180" cy="180" r="3.5"',
		]);
	});

	it('has no previous polygon without a previous series', () => {
		expect(svg).not.toContain('previous');
	});

	it('adds the previous series as a .previous polygon, drawn under the current one, with its escaped label', () => {
		const withPrevious = radarSvg({
			axes: four,
			current: { values: [100, 50, null, 0], label: 'Now' },
			previous: { values: [50, null, 50, 100], label: 'Before & after' },
			title: 'Chart',
		}).value;
		expect(pointsOf(withPrevious, 'previous')).toEqual(['180,125 180,180 180,235 70,180']);
		expect(withPrevious).toContain(
			'<polygon class="previous" points="180,125 180,180 180,235 70,180"><title>Before &amp; after</title></polygon>',
		);
		expect(withPrevious.indexOf('class="previous"')).toBeLessThan(withPrevious.indexOf('class="current"'));
		// Dots mark the current series only.
		expect(withPrevious.match(/class="dot"/g)).toHaveLength(3);
	});

	it('spreads three axes 120° apart and scales with size', () => {
		const three = radarSvg({ axes: ['A', 'B', 'C'], current: { values: [100, 100, 100], label: 'x' }, title: 't' }).value;
		expect(pointsOf(three, 'current')).toEqual(['180,70 275.3,235 84.7,235']);
		expect(all(three, /text-anchor="(\w+)"/g)).toEqual(['middle', 'start', 'end']);
		// size 200: centre 100, radius 30.
		const small = radarSvg({
			axes: ['A', 'B', 'C', 'D'],
			current: { values: [100, 100, 100, 100], label: 'x' },
			title: 't',
			size: 200,
		}).value;
		expect(pointsOf(small, 'current')).toEqual(['100,70 130,100 100,130 70,100']);
	});
});

/**
 * First step of `npm test`: makes sure a Chromium exists for Playwright. Where none is found and
 * apt is available (Debian/Ubuntu, as root or with sudo), installs Debian's chromium-headless-shell
 * package (the lighter headless browser, see scripts/browser.ts); otherwise says exactly what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

const found = findChromium();
if (found) {
	console.log(`Browser for end-to-end tests: ${found.path} (${found.source})`);
	process.exit(0);
}

const hasApt = existsSync('/usr/bin/apt-get');
const isRoot = process.getuid?.() === 0;
const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : [];
if (hasApt && (isRoot || sudo.length > 0)) {
	console.log('No Chromium found: installing Debian’s chromium-headless-shell package with apt-get (under a minute)…');
	const run = (args: string[]) => {
		const [command, ...rest] = [...sudo, ...args];
		return spawnSync(command!, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
	};
	if (
		run(['apt-get', 'update']) &&
		run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium-headless-shell']) &&
		findChromium()
	) {
		console.log(`Installed ${findChromium()!.path}`);
		process.exit(0);
	}
}
console.error(
	[
		'No Chromium for the end-to-end tests.',
		'Install one of:',
		'  - Debian: sudo apt-get install chromium-headless-shell (or chromium)',
		'  - anywhere with internet access: npx playwright install chromium',
	].join('\n'),
);
process.exit(1);

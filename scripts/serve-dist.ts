/**
 * A plain static file server over the built site, as any static host would serve it: directory
 * index pages, a redirect to the trailing slash, and `404.html` for unknown paths. The end-to-end
 * tests use it instead of `astro preview`, which refuses to run beside a developer's own preview.
 *
 * Usage: node scripts/serve-dist.ts [port]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const port = Number(process.argv[2] ?? 4329);
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

function send(res: import('node:http').ServerResponse, file: string, status = 200) {
	res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	const file = join(root, path);
	if (existsSync(file) && statSync(file).isFile()) return send(res, file);
	if (existsSync(join(file, 'index.html'))) {
		if (!url.pathname.endsWith('/')) {
			res.writeHead(301, { location: `${url.pathname}/${url.search}` });
			return res.end();
		}
		return send(res, join(file, 'index.html'));
	}
	// The English UI's own 404 page for unknown URLs under /en/, as hosts with nested 404 pages do.
	const english = join(root, 'en', '404', 'index.html');
	return send(res, url.pathname.startsWith('/en/') && existsSync(english) ? english : join(root, '404.html'), 404);
}).listen(port, 'localhost', () => console.log(`Serving ${root}/ at http://localhost:${port}/`));

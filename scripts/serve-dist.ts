/**
 * A plain static file server over the built site, as any static host would serve it: directory
 * index pages, a redirect to the trailing slash, and `404.html` for unknown paths (`en/404/` under
 * `/en/`). The end-to-end tests use it instead of `astro preview`, which refuses to run beside a
 * developer's own preview.
 * It sends the headers of public/_headers (the security headers a host is configured with), so the
 * tests run under the site's Content Security Policy; a URL that cannot be decoded gets a 400.
 *
 * Usage: node scripts/serve-dist.ts [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../src/lib/static-headers.ts';

const root = process.env.PROCESSBOOK_OUT_DIR ?? 'dist';
const port = Number(process.argv[2] ?? 4329);
const HEADERS_FILE = 'public/_headers';
const rules = existsSync(HEADERS_FILE) ? parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'), HEADERS_FILE) : [];
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
	'.wasm': 'application/wasm',
};

function send(res: ServerResponse, path: string, file: string, status = 200) {
	res.writeHead(status, { ...headersFor(rules, path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(res);
}

createServer((req, res) => {
	let url: URL;
	let path: string;
	try {
		url = new URL(req.url ?? '/', 'http://localhost');
		path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	} catch {
		res.writeHead(400, { ...headersFor(rules, '/'), 'content-type': 'text/plain; charset=utf-8' });
		return res.end('400 Bad Request: the URL cannot be decoded\n');
	}
	const file = join(root, path);
	if (existsSync(file) && statSync(file).isFile()) return send(res, url.pathname, file);
	if (existsSync(join(file, 'index.html'))) {
		if (!url.pathname.endsWith('/')) {
			res.writeHead(301, { ...headersFor(rules, url.pathname), location: `${url.pathname}/${url.search}` });
			return res.end();
		}
		return send(res, url.pathname, join(file, 'index.html'));
	}
	// The English UI's own 404 page for unknown URLs under /en/, as hosts with nested 404 pages do.
	const english = join(root, 'en', '404', 'index.html');
	const notFound = url.pathname.startsWith('/en/') && existsSync(english) ? english : join(root, '404.html');
	if (existsSync(notFound)) return send(res, url.pathname, notFound, 404);
	// A folder without a 404 page (a benchmark corpus served by hand) still answers.
	res.writeHead(404, { ...headersFor(rules, url.pathname), 'content-type': 'text/plain; charset=utf-8' });
	return res.end('404 Not Found\n');
}).listen(port, 'localhost', () => console.log(`Serving ${root}/ at http://localhost:${port}/`));

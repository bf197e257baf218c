/**
 * `<pb-reading>`: what a reading page (standard, handbook, case) does once the reader interacts:
 * the table of contents marks the section being read, and each clause heading of a standard gets
 * a "copy citation" button, placed beside the heading (`reading-element.css` styles both). `reading-boot.ts` loads it on the first interaction, so reading pages
 * stay within their JavaScript budget at load; everything else on the page is server-rendered.
 * Strings come from `data-strings` (src/client/strings.ts).
 */
import { readStrings, type ElementKey, type Translator } from './strings.ts';

/** How far below the top of the window a heading counts as the one being read (px). */
const READING_LINE = 96;

export class ReadingElement extends HTMLElement {
	#t!: Translator<ElementKey<'pb-reading'>>;
	#links: { link: HTMLAnchorElement; target: HTMLElement }[] = [];
	#frame = 0;

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		this.#links = [...this.querySelectorAll<HTMLAnchorElement>('nav.toc a[href^="#"]')].flatMap((link) => {
			const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			return target ? [{ link, target }] : [];
		});
		if (this.#links.length > 0) {
			addEventListener('scroll', this.#onScroll, { passive: true });
			this.#track();
		}
		if (this.dataset.citeCode) this.#addCiteButtons();
		this.dataset.ready = '';
	}

	disconnectedCallback() {
		removeEventListener('scroll', this.#onScroll);
	}

	#onScroll = () => {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#track());
	};

	/** The last heading above the reading line is the current one (the first before any is passed). */
	#track() {
		let current = this.#links[0];
		for (const entry of this.#links) if (entry.target.getBoundingClientRect().top <= READING_LINE) current = entry;
		for (const { link } of this.#links) {
			if (link === current?.link) link.setAttribute('aria-current', 'location');
			else link.removeAttribute('aria-current');
		}
	}

	#addCiteButtons() {
		const { citeCode = '', citeVersion = '', citeUrl = location.pathname } = this.dataset;
		const status = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
		status.setAttribute('role', 'status');
		this.append(status);
		// Wrapping a heading takes it out of the document for a moment, which drops focus from its anchor;
		// the reader's first key press (which loads this element) may have put it there.
		const focused = document.activeElement;
		for (const heading of this.querySelectorAll<HTMLElement>('article .clause[id][data-clause]')) {
			const copy = heading.cloneNode(true) as HTMLElement;
			copy.querySelector('.clause-anchor')?.remove();
			const title = (copy.textContent ?? '').trim();
			const citation = `${citeCode} §${heading.dataset.clause} ${title}（${citeVersion}）`;
			const url = new URL(`${citeUrl}#${heading.id}`, location.origin).href;
			const button = Object.assign(document.createElement('button'), {
				type: 'button',
				className: 'cite-button no-print',
				textContent: this.#t('clause.copy'),
			});
			button.setAttribute('aria-label', `${this.#t('clause.copy')}: ${citeCode} §${heading.dataset.clause}`);
			button.dataset.citation = `${citation}\n${url}`;
			button.addEventListener('click', async () => {
				const ok = await copyText(button.dataset.citation ?? '');
				status.textContent = ok ? `${this.#t('clause.copied')}: ${citation}` : this.#t('clause.copyFailed');
				button.textContent = ok ? this.#t('clause.copied') : this.#t('clause.copyFailed');
				setTimeout(() => (button.textContent = this.#t('clause.copy')), 2000);
			});
			// Beside the heading, not inside it: the heading's accessible name stays its number and title.
			const head = Object.assign(document.createElement('div'), { className: 'clause-head' });
			heading.replaceWith(head);
			head.append(heading, button);
		}
		if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus({ preventScroll: true });
	}
}

/** The clipboard API where allowed, else the older copy command on a selected text area. */
async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = Object.assign(document.createElement('textarea'), { value: text, className: 'visually-hidden' });
		document.body.append(area);
		area.select();
		const ok = document.execCommand('copy');
		area.remove();
		return ok;
	}
}

if (!customElements.get('pb-reading')) customElements.define('pb-reading', ReadingElement);

/**
 * `<pb-read-receipt>` on a standard's page: a button to mark the version read, and the notice
 * "changed since you read version X" with a link to the diff. `<pb-read-receipts>` around the
 * standards index adds the same notice to each standard that changed since it was read.
 * The rules live in src/lib/read-receipts.ts.
 */
import { fill } from '../lib/format.ts';
import { diffUrl, readReceipts, readState, recordRead, writeReceipts } from '../lib/read-receipts.ts';
import { browserStorage } from './browser.ts';


function labels(element: HTMLElement): Record<string, string> {
	return JSON.parse(element.dataset.labels ?? '{}') as Record<string, string>;
}

function dateText(iso: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

/** The "changed since you read" notice: text plus a link to the comparison. */
function changedNotice(doc: Document, text: Record<string, string>, base: string, id: string, from: string, to: string): HTMLElement {
	const notice = doc.createElement('p');
	notice.className = 'changed-since';
	notice.append(fill(text.changed ?? '', { version: from }), ' ');
	const link = doc.createElement('a');
	link.href = diffUrl(base, id, from, to);
	link.textContent = fill(text.seeChanges ?? '', { from, to });
	notice.append(link);
	return notice;
}

class ReadReceiptElement extends HTMLElement {
	connectedCallback() {
		const { standard = '', version = '', current = '', base = '', locale = 'zh-CN' } = this.dataset;
		const text = labels(this);
		const button = this.querySelector<HTMLButtonElement>('button[data-mark-read]');
		const status = this.querySelector<HTMLElement>('[data-read-status]');
		const render = () => {
			const result = readReceipts(browserStorage());
			const state = readState(result.value, standard, current);
			// The notice goes at the top of the page (a slot the page provides), where a returning reader looks.
			const slot = document.getElementById('changed-since') ?? this;
			slot.querySelector('.changed-since')?.remove();
			if (result.status === 'set-aside' && status) status.textContent = fill(text.unreadable ?? '', { key: result.movedTo });
			if (state.state === 'unread') return;
			const readThis = state.receipt.version === version;
			if (button) button.hidden = readThis;
			if (status && readThis) status.textContent = fill(text.read ?? '', { version, date: dateText(state.receipt.readAt, locale) });
			if (state.state === 'changed' && version === current) slot.prepend(changedNotice(document, text, base, standard, state.receipt.version, current));
		};
		button?.addEventListener('click', () => {
			const store = recordRead(readReceipts(browserStorage()).value, standard, version);
			if (!writeReceipts(browserStorage(), store) && status) status.textContent = text.unavailable ?? '';
			else render();
			status?.focus();
		});
		this.hidden = false;
		render();
	}
}

class ReadReceiptsElement extends HTMLElement {
	connectedCallback() {
		const { base = '' } = this.dataset;
		const text = labels(this);
		const store = readReceipts(browserStorage()).value;
		for (const item of this.querySelectorAll<HTMLElement>('[data-standard][data-version]')) {
			const id = item.dataset.standard ?? '';
			const current = item.dataset.version ?? '';
			const state = readState(store, id, current);
			if (state.state === 'changed') item.append(changedNotice(document, text, base, id, state.receipt.version, current));
		}
	}
}

if (!customElements.get('pb-read-receipt')) customElements.define('pb-read-receipt', ReadReceiptElement);
if (!customElements.get('pb-read-receipts')) customElements.define('pb-read-receipts', ReadReceiptsElement);

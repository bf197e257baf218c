/**
 * `<pb-read-receipt>` on a standard's page: a button to mark the version read, and the notice
 * "changed since you read version X" with a link to the diff. `<pb-read-receipts>` around the
 * standards index adds the same notice to each standard that changed since it was read.
 * The rules live in src/lib/read-receipts.ts; strings come from `data-strings` (src/client/strings.ts).
 */
import { formatDate } from '../lib/format.ts';
import { diffUrl, readReceipts, readState, recordRead, RECEIPT_STORE_KEY, updateReceipts } from '../lib/read-receipts.ts';
import { browserStorage } from './browser.ts';
import { reportRead, reportWrite } from './learner-notice.ts';
import { readStrings, type ElementKey, type Translator } from './strings.ts';

function dateText(iso: string, locale: string): string {
	return formatDate(iso, locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The "changed since you read" notice: text plus a link to the comparison. */
function changedNotice(
	doc: Document,
	t: Translator<ElementKey<'pb-read-receipts'>>,
	base: string,
	id: string,
	from: string,
	to: string,
): HTMLElement {
	const notice = doc.createElement('p');
	notice.className = 'changed-since';
	notice.append(t('receipt.changed', { version: from }), ' ');
	const link = doc.createElement('a');
	link.href = diffUrl(base, id, from, to);
	link.textContent = t('receipt.seeChanges', { from, to });
	notice.append(link);
	return notice;
}

class ReadReceiptElement extends HTMLElement {
	connectedCallback() {
		const { standard = '', version = '', current = '', base = '', locale = 'zh-CN' } = this.dataset;
		const t = readStrings<ElementKey<'pb-read-receipt'>>(this.dataset.strings);
		const button = this.querySelector<HTMLButtonElement>('button[data-mark-read]');
		const status = this.querySelector<HTMLElement>('[data-read-status]');
		const render = () => {
			const result = readReceipts(browserStorage());
			reportRead('receipts', result);
			if (button) button.disabled = result.status === 'read-only';
			const state = readState(result.value, standard, current);
			// The notice goes at the top of the page (a slot the page provides), where a returning reader looks.
			const slot = document.getElementById('changed-since') ?? this;
			slot.querySelector('.changed-since')?.remove();
			if (button) button.hidden = false;
			if (status) status.textContent = '';
			if (state.state === 'unread') return;
			const readThis = state.receipt.version === version;
			if (button) button.hidden = readThis;
			if (status && readThis) status.textContent = t('receipt.read', { version, date: dateText(state.receipt.readAt, locale) });
			if (state.state === 'changed' && version === current)
				slot.prepend(changedNotice(document, t, base, standard, state.receipt.version, current));
		};
		button?.addEventListener('click', () => {
			const { write } = updateReceipts(browserStorage(), (store) => recordRead(store, standard, version));
			if (reportWrite('receipts', write)) render();
			status?.focus();
		});
		window.addEventListener('storage', (event) => {
			if (event.key === RECEIPT_STORE_KEY || event.key === null) render();
		});
		this.hidden = false;
		render();
	}
}

class ReadReceiptsElement extends HTMLElement {
	connectedCallback() {
		const { base = '' } = this.dataset;
		const t = readStrings<ElementKey<'pb-read-receipts'>>(this.dataset.strings);
		const read = readReceipts(browserStorage());
		reportRead('receipts', read);
		const store = read.value;
		for (const item of this.querySelectorAll<HTMLElement>('[data-standard][data-version]')) {
			const id = item.dataset.standard ?? '';
			const current = item.dataset.version ?? '';
			const state = readState(store, id, current);
			if (state.state === 'changed') item.append(changedNotice(document, t, base, id, state.receipt.version, current));
		}
	}
}

if (!customElements.get('pb-read-receipt')) customElements.define('pb-read-receipt', ReadReceiptElement);
if (!customElements.get('pb-read-receipts')) customElements.define('pb-read-receipts', ReadReceiptsElement);

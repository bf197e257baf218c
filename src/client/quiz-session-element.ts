/**
 * `<pb-quiz-session>`: the trainer's view of a quiz on a projector. One question at a time, in
 * large type; the answer and explanation appear only when asked for. The keys work from page load,
 * wherever focus is (a presenter clicker or keyboard must never need a click first): ← → (and Page
 * Up/Down) move, Space reveals or hides the answer (never presses the focused button), Home / End
 * jump to the first or last question, F toggles full screen. Strings come from `data-strings`
 * (src/client/strings.ts).
 */
import { readStrings, type ElementKey, type Translator } from './strings.ts';

class QuizSessionElement extends HTMLElement {
	#index = 0;
	#t!: Translator<ElementKey<'pb-quiz-session'>>;
	#onKey = (event: KeyboardEvent) => this.#key(event);
	#onKeyUp = (event: KeyboardEvent) => {
		// A focused button would otherwise act on the Space key's release.
		if (event.key === ' ' && !this.#typing(event)) event.preventDefault();
	};

	connectedCallback() {
		this.#t = readStrings(this.dataset.strings);
		const slides = this.#slides;
		this.querySelector<HTMLElement>('[data-nav]')!.hidden = false;
		this.querySelector<HTMLElement>('[data-keys]')!.hidden = false;
		this.querySelector('[data-prev]')?.addEventListener('click', () => this.#go(this.#index - 1));
		this.querySelector('[data-next]')?.addEventListener('click', () => this.#go(this.#index + 1));
		this.querySelector('[data-reveal]')?.addEventListener('click', () => this.#toggle());
		this.querySelector('[data-fullscreen]')?.addEventListener('click', () => this.#fullscreen());
		document.addEventListener('keydown', this.#onKey);
		document.addEventListener('keyup', this.#onKeyUp);
		const start = Number(new URL(location.href).hash.replace('#q', '')) - 1;
		this.#go(Number.isInteger(start) && start >= 0 && start < slides.length ? start : 0);
	}

	disconnectedCallback() {
		document.removeEventListener('keydown', this.#onKey);
		document.removeEventListener('keyup', this.#onKeyUp);
	}

	#typing(event: KeyboardEvent) {
		return event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]') !== null;
	}

	#key(event: KeyboardEvent) {
		if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || this.#typing(event)) return;
		const last = this.#slides.length - 1;
		switch (event.key) {
			case 'ArrowRight':
			case 'PageDown':
				this.#go(Math.min(this.#index + 1, last));
				break;
			case 'ArrowLeft':
			case 'PageUp':
				this.#go(Math.max(this.#index - 1, 0));
				break;
			case 'Home':
				this.#go(0);
				break;
			case 'End':
				this.#go(last);
				break;
			case ' ':
				this.#toggle();
				break;
			case 'f':
			case 'F':
				this.#fullscreen();
				break;
			default:
				return;
		}
		event.preventDefault();
	}

	get #slides(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[data-slide]')];
	}

	#go(index: number) {
		const slides = this.#slides;
		if (index < 0 || index >= slides.length) return;
		this.#index = index;
		slides.forEach((slide, i) => {
			slide.hidden = i !== index;
			slide.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
		});
		this.#setRevealLabel(false);
		const counter = this.querySelector('[data-counter]');
		if (counter) counter.textContent = this.#t('session.of', { n: index + 1, total: slides.length });
		history.replaceState(null, '', `#q${index + 1}`);
		const prev = this.querySelector<HTMLButtonElement>('[data-prev]')!;
		const next = this.querySelector<HTMLButtonElement>('[data-next]')!;
		// A button about to be disabled would drop focus to the body; keep it on the other one.
		const focused = document.activeElement;
		prev.disabled = index === 0;
		next.disabled = index === slides.length - 1;
		if (focused instanceof HTMLButtonElement && focused.disabled) (focused === prev ? next : prev).focus();
	}

	#toggle() {
		const answer = this.#slides[this.#index]?.querySelector<HTMLElement>('[data-answer]');
		if (!answer) return;
		answer.hidden = !answer.hidden;
		this.#setRevealLabel(!answer.hidden);
	}

	#fullscreen() {
		const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
		// Refused (not allowed here, or no user gesture): the page simply stays as it is.
		void done?.catch(() => undefined);
	}

	#setRevealLabel(shown: boolean) {
		const button = this.querySelector<HTMLButtonElement>('[data-reveal]');
		if (!button) return;
		button.textContent = this.#t(shown ? 'session.hide' : 'session.reveal');
		button.setAttribute('aria-expanded', String(shown));
	}
}

if (!customElements.get('pb-quiz-session')) customElements.define('pb-quiz-session', QuizSessionElement);

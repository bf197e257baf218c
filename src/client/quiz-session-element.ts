/**
 * `<pb-quiz-session>`: the trainer's view of a quiz on a projector. One question at a time, in
 * large type; the answer and explanation appear only when asked for.
 */
class QuizSessionElement extends HTMLElement {
	#index = 0;

	connectedCallback() {
		const slides = this.#slides;
		this.querySelector<HTMLElement>('[data-nav]')!.hidden = false;
		this.querySelector('[data-prev]')?.addEventListener('click', () => this.#go(this.#index - 1));
		this.querySelector('[data-next]')?.addEventListener('click', () => this.#go(this.#index + 1));
		this.querySelector('[data-reveal]')?.addEventListener('click', () => this.#toggle());
		this.addEventListener('keydown', (event) => {
			if (event.target instanceof HTMLButtonElement && event.key === ' ') return;
			if (event.key === 'ArrowRight') this.#go(this.#index + 1);
			else if (event.key === 'ArrowLeft') this.#go(this.#index - 1);
			else if (event.key === ' ') this.#toggle();
			else return;
			event.preventDefault();
		});
		const start = Number(new URL(location.href).hash.replace('#q', '')) - 1;
		this.#go(Number.isInteger(start) && start >= 0 && start < slides.length ? start : 0);
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
		if (counter) counter.textContent = (this.dataset.of ?? '').replace('{n}', String(index + 1)).replace('{total}', String(slides.length));
		history.replaceState(null, '', `#q${index + 1}`);
		(this.querySelector<HTMLButtonElement>('[data-prev]')!).disabled = index === 0;
		(this.querySelector<HTMLButtonElement>('[data-next]')!).disabled = index === slides.length - 1;
	}

	#toggle() {
		const answer = this.#slides[this.#index]?.querySelector<HTMLElement>('[data-answer]');
		if (!answer) return;
		answer.hidden = !answer.hidden;
		this.#setRevealLabel(!answer.hidden);
	}

	#setRevealLabel(shown: boolean) {
		const button = this.querySelector<HTMLButtonElement>('[data-reveal]');
		if (!button) return;
		button.textContent = shown ? (this.dataset.hide ?? '') : (this.dataset.reveal ?? '');
		button.setAttribute('aria-expanded', String(shown));
	}
}

if (!customElements.get('pb-quiz-session')) customElements.define('pb-quiz-session', QuizSessionElement);

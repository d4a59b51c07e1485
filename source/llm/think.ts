// Reasoning models served by Ollama, vLLM, LM Studio or llama.cpp often put their thinking in
// the reply itself, between <think> and </think>. None of it is for the candidate.

const OPEN = '<think>';
const CLOSE = '</think>';

/** Removes reasoning blocks from a whole reply; an unclosed block hides the rest of the reply. */
export function stripThink(text: string): string {
	let out = text.replace(/<think>[\s\S]*?<\/think>/gi, '');
	const open = out.toLowerCase().indexOf(OPEN);
	if (open !== -1) out = out.slice(0, open);
	// Some templates open the block in the prompt, so the reply holds only its end.
	const close = out.toLowerCase().indexOf(CLOSE);
	if (close !== -1) out = out.slice(close + CLOSE.length);
	return out.trim();
}

/** Tail of `text` that could be the start of `tag` (a tag split across stream chunks). */
function partialTag(text: string, tag: string): number {
	const lower = text.toLowerCase();
	for (let n = Math.min(tag.length - 1, lower.length); n > 0; n--) {
		if (tag.startsWith(lower.slice(-n))) return n;
	}
	return 0;
}

/** The streamed form: passes visible text on at once, holds back only what may be a tag. */
export class ThinkFilter {
	private inside = false;
	private pending = '';
	/** Nothing visible yet: leading whitespace before a block is dropped with it. */
	private started = false;

	push(delta: string): string {
		let text = this.pending + delta;
		this.pending = '';
		let out = '';
		for (;;) {
			const lower = text.toLowerCase();
			if (this.inside) {
				const end = lower.indexOf(CLOSE);
				if (end === -1) {
					this.pending = text.slice(text.length - partialTag(text, CLOSE));
					return this.visible(out);
				}
				this.inside = false;
				text = text.slice(end + CLOSE.length);
				continue;
			}
			const start = lower.indexOf(OPEN);
			if (start === -1) {
				const hold = partialTag(text, OPEN);
				this.pending = text.slice(text.length - hold);
				out += text.slice(0, text.length - hold);
				return this.visible(out);
			}
			out += text.slice(0, start);
			this.inside = true;
			text = text.slice(start + OPEN.length);
		}
	}

	private visible(out: string): string {
		if (this.started) return out;
		const trimmed = out.replace(/^\s+/, '');
		if (trimmed !== '') this.started = true;
		return trimmed;
	}

	/** End of stream: a held partial tag was text after all; an unclosed block is dropped. */
	finish(): string {
		const rest = this.inside ? '' : this.pending;
		this.pending = '';
		return this.visible(rest);
	}
}

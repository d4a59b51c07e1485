// Cleaning streamed model text on the fly: labels and wrapping quotes are removed before they
// reach the screen, with as little held back as possible so the first words show at once.

export const MAX_FOLLOW_UP_CHARS = 400;

const LABELS = ['interviewer:', 'follow-up question:', 'follow up question:', 'follow-up:', 'question:', 'q:'];
const OPENERS = /^[\s"'“”‘’«»*]+/;
const TRAILING = /[\s"“”»*]+$/;

function couldBecomeLabel(text: string): boolean {
	const lower = text.toLowerCase();
	return LABELS.some(label => label.startsWith(lower) && label !== lower);
}

function stripLabel(text: string): string | null {
	const lower = text.toLowerCase();
	const label = LABELS.find(l => lower.startsWith(l));
	return label ? text.slice(label.length) : null;
}

/** Turns streamed deltas into display text for a follow-up question. */
export class FollowUpCleaner {
	private head = '';
	private started = false;
	private emitted = '';
	private held = '';
	/** True once the maximum length is reached: the caller stops the stream. */
	full = false;

	constructor(private readonly max = MAX_FOLLOW_UP_CHARS) {}

	/** Returns the text to show now (possibly empty). */
	push(delta: string): string {
		if (this.full) return '';
		let text = delta;
		if (!this.started) {
			this.head += delta;
			for (;;) {
				const trimmed = this.head.replace(OPENERS, '');
				const rest = stripLabel(trimmed);
				if (rest !== null) {
					this.head = rest;
					continue;
				}
				this.head = trimmed;
				break;
			}
			if (this.head === '' || couldBecomeLabel(this.head)) return '';
			this.started = true;
			text = this.head;
			this.head = '';
		}
		// Hold back trailing quotes and spaces: they may be the end of the reply.
		const pending = this.held + text;
		const tail = TRAILING.exec(pending);
		const out = tail ? pending.slice(0, tail.index) : pending;
		this.held = tail ? tail[0] : '';
		return this.limit(out);
	}

	private limit(out: string): string {
		const room = this.max - this.emitted.length;
		if (out.length <= room) {
			this.emitted += out;
			return out;
		}
		this.full = true;
		let cut = out.slice(0, Math.max(0, room));
		const space = cut.lastIndexOf(' ');
		if (space > 0) cut = cut.slice(0, space);
		this.emitted += cut;
		return cut;
	}

	/** Finishes the stream: returns the remaining text to show and the complete question. */
	finish(): {tail: string; text: string} {
		let tail = '';
		if (!this.full) {
			if (!this.started && !couldBecomeLabel(this.head)) tail = this.head;
			// Keep a closing quote only when it closes a quotation inside the question.
			const quotes = (this.emitted.match(/["“”]/g) ?? []).length;
			const keep = this.held.replace(/\s+$/, '');
			if (keep.startsWith('"') || keep.startsWith('”')) {
				if (quotes % 2 === 1) tail += keep[0];
			}
			tail = this.limit(tail);
		}
		let text = this.emitted.replace(/\s+/g, ' ').trim();
		if (this.full) {
			const end = Math.max(text.lastIndexOf('?'), text.lastIndexOf('.'));
			if (end > this.max * 0.4) text = text.slice(0, end + 1);
		}
		return {tail, text};
	}
}

const MARK = /^\s*@@\s*(answer\s+(\d+)|overall)\s*@@[ \t]*/i;

/**
 * Turns the coach's streamed reply into display text (section markers become headings) and,
 * at the end, into one paragraph per answer plus the overall one.
 */
export class CoachStream {
	private raw = '';
	private line = '';
	/** Part of the current line was already shown, so it cannot be a marker. */
	private midLine = false;

	constructor(private readonly headings: Map<number, string>) {}

	push(delta: string): string {
		this.raw += delta;
		let out = '';
		for (const ch of delta) {
			this.line += ch;
			if (ch === '\n') {
				out += this.render(this.line);
				this.line = '';
			}
		}
		// Show a partial line at once unless it may be a marker.
		if (this.line !== '' && (this.midLine || !this.line.trimStart().startsWith('@'))) {
			out += this.line;
			this.line = '';
			this.midLine = true;
		}
		return out;
	}

	private render(line: string): string {
		const wasMid = this.midLine;
		this.midLine = false;
		if (wasMid) return line;
		const mark = MARK.exec(line);
		if (!mark) return line;
		const heading = mark[2] ? (this.headings.get(Number(mark[2])) ?? `Answer ${mark[2]}`) : 'Overall';
		const rest = line.slice(mark[0].length);
		return `\n${heading}\n${rest.trim() === '' ? '' : rest}`;
	}

	finish(): {tail: string; overall: string; perAnswer: Record<number, string>} {
		const tail = this.line === '' ? '' : this.render(this.line);
		this.line = '';
		const perAnswer: Record<number, string> = {};
		let overall = '';
		const marks = [...this.raw.matchAll(new RegExp(MARK.source, 'gim'))];
		const preface = this.raw.slice(0, marks[0]?.index ?? this.raw.length).trim();
		marks.forEach((mark, i) => {
			const text = this.raw.slice(mark.index + mark[0].length, marks[i + 1]?.index ?? this.raw.length).trim();
			if (!text) return;
			if (!mark[2]) overall = text;
			else if (this.headings.has(Number(mark[2]))) perAnswer[Number(mark[2])] = text;
		});
		if (!overall && Object.keys(perAnswer).length === 0) overall = preface;
		return {tail, overall, perAnswer};
	}
}

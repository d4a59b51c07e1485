// Limits on what one person can reasonably send, with room to spare, so that a pasted log or a
// runaway script gets a clear message instead of minutes of analysis or gigabytes of memory.

/** About 15,000 words, well over an hour of speech; the analyzer stays well under a second. */
export const MAX_ANSWER_CHARS = 100_000;
/** From here on the editor says how much room is left. */
export const ANSWER_WARN_CHARS = 90_000;

/** Null when the answer fits; otherwise what to tell the user. */
export function answerTooLong(answer: string): string | null {
	if (answer.length <= MAX_ANSWER_CHARS) return null;
	return `is ${answer.length.toLocaleString('en-US')} characters; an answer can be at most ${MAX_ANSWER_CHARS.toLocaleString('en-US')} (about 15,000 words)`;
}

/** A line for the editor once the answer nears the limit, else null. */
export function answerRoomNote(length: number): string | null {
	if (length < ANSWER_WARN_CHARS) return null;
	if (length > MAX_ANSWER_CHARS)
		return `This answer is ${(length - MAX_ANSWER_CHARS).toLocaleString('en-US')} characters over the ${MAX_ANSWER_CHARS.toLocaleString('en-US')} limit; shorten it to send it.`;
	return `${(MAX_ANSWER_CHARS - length).toLocaleString('en-US')} characters left before the ${MAX_ANSWER_CHARS.toLocaleString('en-US')}-character limit.`;
}

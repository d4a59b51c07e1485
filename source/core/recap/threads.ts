/** Turns grouped by question: each opening question with the follow-ups asked about it, in order. */
export function questionThreads<T extends {kind: 'question' | 'follow-up'; questionId: string; scriptId: string}>(turns: T[]): T[][] {
	const out: T[][] = [];
	for (const turn of turns) {
		const last = out.at(-1);
		if (last && turn.kind === 'follow-up' && last[0]!.questionId === turn.questionId && last[0]!.scriptId === turn.scriptId) last.push(turn);
		else out.push([turn]);
	}
	return out;
}

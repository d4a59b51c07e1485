import {coverTalkingPoints} from '../analyzer/talking-points.js';
import type {InterviewState} from './types.js';

// The commands a candidate can type as a whole answer. Parsed here, once, so the app and the
// headless `run` agree on what is an answer and what is not.

export const COMMANDS = {
	hint: 'the talking points a strong answer covers',
	skip: 'skip this question',
	end: 'finish now and see the recap',
	help: 'show or hide this help',
} as const;

export type Command = keyof typeof COMMANDS;

export type ParsedInput = {kind: 'answer'; text: string} | {kind: 'command'; command: Command} | {kind: 'unknown-command'; text: string};

const isCommand = (word: string): word is Command => Object.hasOwn(COMMANDS, word);

/** "/end" (any case, surrounding space allowed) is a command; "/foo" is a mistyped one; anything else is an answer. */
export function parseInput(text: string): ParsedInput {
	const match = /^\/([a-z]+)$/i.exec(text.trim());
	if (!match) return {kind: 'answer', text};
	const word = match[1]!.toLowerCase();
	return isCommand(word) ? {kind: 'command', command: word} : {kind: 'unknown-command', text: text.trim()};
}

/** "/hint /skip /end /help", for messages. */
export const COMMAND_NAMES = Object.keys(COMMANDS).map(c => `/${c}`);

/**
 * What /hint shows, as whole talking points: the follow-up's own, or for a follow-up without
 * any, the question's points this thread has not covered yet.
 */
export function hintsFor(state: InterviewState): string[] {
	const prompt = state.prompt;
	if (!prompt) return [];
	const planned = state.plan[prompt.planIndex];
	const question = planned?.question;
	if (prompt.kind === 'question') return (question?.talkingPoints ?? []).map(p => p.text);
	const own = prompt.node.talkingPoints ?? [];
	if (own.length > 0) return own.map(p => p.text);
	const heard = state.turns.filter(t => t.scriptId === planned?.scriptId && t.questionId === question?.id && !t.skipped).map(t => t.answer);
	return coverTalkingPoints(heard.join('\n'), question?.talkingPoints).missed;
}

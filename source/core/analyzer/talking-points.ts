import type {TalkingPoint} from '../script/schema.js';
import {contentStems} from './text.js';

// A point is covered when one of its cues appears (at a word start; cues of 5+ letters may be
// word prefixes, so "evaluat" matches "evaluation"), or when a cue's content words appear in
// order after stemming. Without cues, at least half of the point's own content words
// (and at least two of them) must appear somewhere in the answer.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Coverage = {covered: string[]; missed: string[]};

export function coverTalkingPoints(answer: string, points: TalkingPoint[] | undefined): Coverage {
	const covered: string[] = [];
	const missed: string[] = [];
	if (!points?.length) return {covered, missed};
	const stems = contentStems(answer);
	const stemLine = ` ${stems.join(' ')} `;
	const stemSet = new Set(stems);
	for (const point of points) {
		const hit = point.cues?.length ? point.cues.some(cue => cueFound(answer, stemLine, cue)) : textFound(stemSet, point.text);
		(hit ? covered : missed).push(point.text);
	}
	return {covered, missed};
}

function cueFound(answer: string, stemLine: string, cue: string): boolean {
	const c = cue.trim();
	if (!c) return false;
	const tail = c.length >= 5 ? '' : '(?![\\p{L}\\p{N}])';
	if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(c)}${tail}`, 'iu').test(answer)) return true;
	const cueStems = contentStems(c);
	return cueStems.length > 0 && stemLine.includes(` ${cueStems.join(' ')} `);
}

function textFound(stemSet: Set<string>, text: string): boolean {
	const wanted = [...new Set(contentStems(text))];
	if (wanted.length === 0) return false;
	const found = wanted.filter(s => stemSet.has(s)).length;
	return found >= Math.min(2, wanted.length) && found >= wanted.length / 2;
}

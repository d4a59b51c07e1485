import {describe, expect, it} from 'vitest';
import {analyzeAnswer, pacingOf, speakingSeconds} from '../../source/core/analyzer/index.js';
import {evalStrong} from './examples.js';

// varied filler: a few distinct words repeated would read as a non-answer
const letters = (i: number) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + (Math.floor(i / 26) % 26));
const words = (n: number) => Array.from({length: n}, (_, i) => (i % 4 === 0 ? 'the' : `item${letters(i)}`)).join(' ');

describe('talking points', () => {
	const points = [
		{text: 'Build an eval set from real user data', cues: ['eval set', 'test set', 'real email threads']},
		{text: 'Name quality criteria with a rubric', cues: ['criteria', 'rubric']},
		{text: 'Set a launch bar per criterion'},
		{text: 'Plan a red-team exercise for prompt injection', cues: ['red team', 'red-team', 'prompt injection']},
		{text: 'Segment results by customer tier and region'},
	];

	it('marks points covered by a cue or by their own content words, in order, as texts', () => {
		const result = analyzeAnswer({...evalStrong, talkingPoints: points});
		expect(result.talkingPoints.covered).toEqual([points[0]!.text, points[1]!.text, points[2]!.text]);
		expect(result.talkingPoints.missed).toEqual([points[3]!.text, points[4]!.text]);
	});

	it('matches cues case-insensitively and content words with simple stemming', () => {
		const result = analyzeAnswer({
			focus: 'evaluation',
			question: 'q',
			probes: [],
			answer: 'We SEGMENTED the results by customer tiers, and each region separately.',
			talkingPoints: [{text: 'Segment results by customer tier and region'}, {text: 'x', cues: ['segmented the results']}],
		});
		expect(result.talkingPoints.covered).toHaveLength(2);
	});

	it('a singular in -y meets its plural in -ies, in cues and in content words', () => {
		const result = analyzeAnswer({
			focus: 'evaluation',
			question: 'q',
			probes: [],
			answer: 'We measured 200 recorded visits across specialties, and the refund policies each team follows.',
			talkingPoints: [{text: 'Error rates by specialty', cues: ['specialty']}, {text: 'The refund policy of every team'}],
		});
		expect(result.talkingPoints.missed).toEqual([]);
	});

	it('a short cue does not match inside another word', () => {
		const result = analyzeAnswer({focus: 'evaluation', question: 'q', probes: [], answer: 'The barista was barely awake.', talkingPoints: [{text: 'a launch bar', cues: ['bar']}]});
		expect(result.talkingPoints.missed).toEqual(['a launch bar']);
	});

	it('missing talking points cost score', () => {
		const all = analyzeAnswer({...evalStrong, talkingPoints: points.slice(0, 3)});
		const few = analyzeAnswer({...evalStrong, talkingPoints: points.slice(3)});
		expect(all.score).toBeGreaterThan(few.score!);
	});
});

describe('pacing', () => {
	it('classifies by word count at the documented thresholds', () => {
		expect(pacingOf(24)).toBe('thin');
		expect(pacingOf(25)).toBe('short');
		expect(pacingOf(59)).toBe('short');
		expect(pacingOf(60)).toBe('ok');
		expect(pacingOf(450)).toBe('ok');
		expect(pacingOf(451)).toBe('long');
		expect(pacingOf(650)).toBe('long');
		expect(pacingOf(651)).toBe('rambling');
	});

	it('judges a reply to a follow-up by its own norms: 30-80 words is on pace', () => {
		expect(pacingOf(30, 'follow-up')).toBe('ok');
		expect(pacingOf(80, 'follow-up')).toBe('ok');
		expect(pacingOf(30)).toBe('short');
		expect(pacingOf(5, 'follow-up')).toBe('thin');
		expect(pacingOf(500, 'follow-up')).toBe('rambling');
	});

	it('estimates speaking time at about 140 words per minute', () => {
		expect(speakingSeconds(140)).toBe(60);
		const result = analyzeAnswer({focus: 'evaluation', question: 'q', probes: [], answer: words(400)});
		expect(result.words).toBe(400);
		expect(result.speakingSeconds).toBeGreaterThanOrEqual(165);
		expect(result.speakingSeconds).toBeLessThanOrEqual(180);
		expect(result.pacing).toBe('ok');
	});

	it('feeds communication: ok beats short, short beats thin, ok beats rambling', () => {
		// an on-subject opening, so the filler is read as a (badly paced) answer, not as an answer to another question
		const comm = (n: number) => analyzeAnswer({focus: 'evaluation', question: 'q', probes: [], answer: `We would test the model. ${words(n - 5)}.`}).dimensions.communication!;
		expect(comm(200)).toBeGreaterThan(comm(40));
		expect(comm(40)).toBeGreaterThan(comm(15));
		expect(comm(200)).toBeGreaterThan(comm(800));
	});

	it('a thin answer scores low even without findings', () => {
		const result = analyzeAnswer({focus: 'evaluation', question: 'q', probes: [], answer: 'I would check it against real cases first.'});
		expect(result.pacing).toBe('thin');
		expect(result.score).toBeLessThan(70);
	});
});

import {countWords, splitSentences, words} from './text.js';

// Some submissions are not answers at all: nothing, an emoji, "I don't know", a pasted log line or
// URL, keyboard mash, one sentence pasted over and over. Scoring them as a low number would rank a
// shrug next to a weak answer, so they are marked "not answered" instead, with the reason.

const SHRUG =
	/^(?:(?:um+|uh+|hmm+|er+|well|sorry|honestly|ok(?:ay)?|so)[,.!\s]*)*(?:i (?:really )?(?:don['’]?t|do not|dont) know|idk|no idea|i have no idea|not sure|i['’]?m not sure|no clue|pass|skip(?: this(?: one)?)?|next(?: question)?|can we (?:skip|move on)(?: this(?: one)?)?|nothing|no comment|n\/?a|none|tbd|todo|test(?:ing)?|asdf\w*|blah(?: blah)*|whatever|i (?:can['’]?t|cannot) answer (?:this|that)|let me think|i['’]?ll come back to (?:this|it))(?:[,.!?\s]|\W)*$/i;

/** A shrug wrapped in hesitation: "Um... sorry, my mind went blank. I don't know. Pass." */
const SHRUG_PHRASES =
	/\b(?:i (?:really )?(?:don['’]?t|do not|dont) know|idk|no idea|no clue|not sure|pass|skip(?: this(?: one)?)?|next question|can we (?:skip|move on)(?: to the next(?: one| question)?)?|my mind (?:just )?went blank|(?:i['’]?m |i am )?blanking|i (?:just |totally |completely )?blanked(?: on (?:this|that)(?: one)?)?|i (?:can['’]?t|cannot) (?:think|answer|remember)|nothing comes to mind)\b/giu;
const FILLER = /\b(?:um+|uh+|hmm+|er+|erm|well|sorry|honestly|ok(?:ay)?|so|yeah|yes|no|can we|let me|think|just|really|like|i mean|actually|uh-huh|right|wait|hold on|ah+|oh)\b/giu;

function onlyFiller(text: string): boolean {
	if (countWords(text) > 30 || !SHRUG_PHRASES.test(text)) return false;
	SHRUG_PHRASES.lastIndex = 0;
	const rest = text.replace(SHRUG_PHRASES, ' ').replace(FILLER, ' ');
	return countWords(rest) <= 2;
}

/** Short words that any English sentence is full of and junk almost never contains. */
const FUNCTION_WORDS = new Set(
	'the a an and or but to of in on at for with from by is are was were be been it its this that these those i we you they he she my our your their me us them not no if so as than then there here what how why when which who do does did have has had will would could should can may might just also very about into over after before because while'.split(
		' ',
	),
);

/** At least two letters anywhere: fewer is symbols or emoji. */
const TWO_LETTERS = /\p{L}[^]*?\p{L}/u;

/** Words typed to try an input box, and keyboard rows. */
const PLACEHOLDER = /^(?:\d+|test(?:ing)?|asdf\w*|qwe\w*|zxc\w*|jkl\w*|lorem|ipsum|foo|bar|baz|xx+|aa+|hello|hi|abc|blah)$/;

export function nonAnswerReason(answer: string): string | null {
	const text = answer.trim();
	const n = countWords(text);
	if (n === 0 || !TWO_LETTERS.test(text)) return text === '' ? 'empty answer' : 'no words, only symbols or emoji';
	if ((n <= 12 && SHRUG.test(text)) || onlyFiller(text)) return 'no attempt at the question ("I don\'t know", "pass")';
	if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return 'a pasted link, not an answer';

	const tokens = words(text);
	// prose, even terse notes, carries some function words; logs, code and keyboard mash do not
	let functionWords = 0;
	let withoutVowels = 0;
	for (const t of tokens) {
		if (FUNCTION_WORDS.has(t)) functionWords++;
		else if (t.length >= 4 && !/[aeiouy]/.test(t) && /^\p{L}+$/u.test(t)) withoutVowels++;
	}
	const functionShare = functionWords / Math.max(1, tokens.length);
	const vowelless = withoutVowels / Math.max(1, tokens.length);
	if (n <= 3 && vowelless > 0.3) return 'keyboard mash, not an answer';
	// "asdf test test 123": only the words people type to try an input box
	if (n <= 8 && tokens.every(t => PLACEHOLDER.test(t))) return 'keyboard mash, not an answer';
	if (n >= 6 && (vowelless > 0.3 || (functionShare < 0.15 && machineMarks(text) >= 3) || (functionShare < 0.05 && machineMarks(text) >= 1)))
		return 'pasted junk (a log, code or keyboard mash), not an answer';

	const sentences = splitSentences(text);
	if (sentences.length >= 3) {
		// one or two sentences pasted over and over; a long answer that repeats a whole paragraph is still an answer
		const distinct = new Set<string>();
		for (const s of sentences) {
			distinct.add(
				text
					.slice(s.start, s.end)
					.toLowerCase()
					.replace(/[^\p{L}\p{N}]+/gu, ' ')
					.trim(),
			);
			if (distinct.size > 2) break;
		}
		if (distinct.size <= 2 && sentences.length >= 3 * distinct.size) return 'the same sentence repeated, not an answer';
	}
	if (n >= 30 && new Set(tokens).size <= 12) return 'the same few words repeated, not an answer';
	return null;
}

/** How much of the text looks machine-made: timestamps, log levels, stack frames, paths, hex, camelCase. */
function machineMarks(text: string): number {
	return (
		text.match(
			/\bline \d+\b|\b\w+Error\b|\.(?:py|js|ts|java|go|rb)\b|\w+\.\w+\(|\w+=\w+|\b\d{4}-\d{2}-\d{2}\b|\d{2}:\d{2}:\d{2}|\b(?:ERROR|WARN|INFO|DEBUG|TRACE|Exception|Traceback)\b|\bat [\w$.]+\(|[\w-]+\/[\w./-]+|\b[0-9a-f]{12,}\b|\b[a-z]+[A-Z]\w+|[{}<>=;]{2,}/g,
		) ?? []
	).length;
}

// Every output path gets the same hostile strings (OSC 52 clipboard write, OSC 0 window title, CSI,
// C1 controls, BEL, bidi overrides) and must print none of their control characters; JSON output
// must still hold the exact values.
import {readFileSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {parse, stringify} from 'yaml';
import type {Script} from '../../source/core/script/schema.js';
import type {SessionRecord} from '../../source/core/session/record.js';
import {safeJson, safeText} from '../../source/core/text/sanitize.js';
import {openSessionStore} from '../../source/storage/sessions.js';
import {App} from '../../source/ui/app.js';
import {HistoryScreen} from '../../source/ui/screens/history-screen.js';
import {RecapScreen} from '../../source/ui/screens/recap-screen.js';
import {ReplayScreen} from '../../source/ui/screens/replay-screen.js';
import {json, ROOT, runCli, scratchDir, type CliResult} from '../support/cli.js';
import {makeRecord} from '../storage/fixtures.js';
import {fakeScreens, fakeServices, memorySessions, sampleRecap} from '../ui/fakes.js';
import {cleanupUi, renderUi, waitFor} from '../ui/helpers.js';

const HOSTILE = [
	'\u001B]52;c;cm0gLXJmIH4v\u0007', // OSC 52: "rm -rf ~/" into the clipboard, BEL-terminated
	'\u001B]0;owned\u001B\\', // OSC 0: window title, ST-terminated
	'\u001B[2J\u001B[31m', // CSI: clear screen, red
	'\u009B31m\u009D0;c1 title\u009C', // C1 CSI and C1 OSC
	'\u0007\u0008\u000D', // BEL, backspace, carriage return
	'\u202Egnp.exe\u2066', // bidi override and isolate
].join(' ');
const hostile = (label: string) => `${label} ${HOSTILE} end`;

/** ESC, BEL, other C0 but tab/newline, DEL, C1, and the bidi controls. */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function expectClean(text: string, where: string): void {
	const found = UNSAFE.exec(text);
	expect(
		found,
		`${where} printed U+${found?.[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 30), (found?.index ?? 0) + 10))}`,
	).toBeNull();
}

function expectCleanRun(result: CliResult, where: string): void {
	expectClean(result.stdout, `${where} (stdout)`);
	expectClean(result.stderr, `${where} (stderr)`);
}

function hostileRecord(id: string): SessionRecord {
	const record = makeRecord({id, turns: 3});
	for (const turn of record.turns) {
		turn.question = hostile('question');
		turn.answer = hostile('answer');
		turn.notices = [hostile('notice')];
		for (const finding of turn.analysis?.weaknesses ?? []) finding.evidence = hostile('evidence');
	}
	record.recap!.actions[0]!.evidence = [hostile('quote')];
	record.recap!.answers[0]!.question = hostile('card');
	record.recap!.coaching = {overall: hostile('coaching'), perAnswer: {0: hostile('per-answer')}};
	return record;
}

function hostileScript(): Script {
	const script = parse(readFileSync(path.join(ROOT, 'questions', 'evaluation.yaml'), 'utf8')) as Script;
	script.id = 'hostile-script';
	script.title = hostile('title');
	script.questions = script.questions.slice(0, 1);
	const question = script.questions[0]!;
	question.text = hostile('script question');
	for (const node of Object.values(question.followUps)) node!.phrasings = [hostile('script follow-up')];
	return script;
}

let dataDir: string;
let questions: string;
let answers: string;

beforeAll(async () => {
	dataDir = await scratchDir();
	await openSessionStore({dataDir, env: {}}).save(hostileRecord('hostile-1'));
	questions = path.join(await scratchDir(), 'questions');
	await mkdir(questions);
	await writeFile(path.join(questions, 'hostile.yaml'), stringify(hostileScript()));
	// A broken script whose file name and content carry the sequences too: warnings echo both.
	await writeFile(path.join(questions, `broken${HOSTILE.replaceAll(/[\u0000\\/]/g, '')}.yaml`), `id: x\nunknown${HOSTILE}: 1\n`);
	answers = path.join(await scratchDir(), 'answers.json');
	await writeFile(answers, JSON.stringify([hostile('first answer'), hostile('second answer')]));
});

afterEach(cleanupUi);

describe('no control sequence from outside reaches the output', () => {
	it('run, in text and in JSON (whose values stay exact)', async () => {
		const [text, asJson] = await Promise.all([
			runCli(['run', '--script', 'hostile-script', '--questions', questions, '--answers', answers, '--no-save']),
			runCli(['run', '--script', 'hostile-script', '--questions', questions, '--answers', answers, '--no-save', '--json']),
		]);
		expect(text.code, text.stderr).toBe(0);
		expect(text.stdout).toContain('script question');
		expectCleanRun(text, 'run');
		expectCleanRun(asJson, 'run --json');
		const record = json<SessionRecord>(asJson);
		expect(record.turns[0]!.question).toBe(hostile('script question'));
		expect(record.turns[0]!.answer).toBe(hostile('first answer'));
	});

	it('replay as text, Markdown (to stdout and to a file) and JSON', async () => {
		const out = path.join(await scratchDir(), 'report.md');
		const [text, markdown, toFile, asJson] = await Promise.all([
			runCli(['replay', 'hostile-1'], {dataDir}),
			runCli(['replay', 'hostile-1', '--markdown'], {dataDir}),
			runCli(['replay', 'hostile-1', '--markdown', '--out', out], {dataDir}),
			runCli(['replay', 'hostile-1', '--json'], {dataDir}),
		]);
		for (const [result, where] of [
			[text, 'replay'],
			[markdown, 'replay --markdown'],
			[toFile, 'replay --out'],
			[asJson, 'replay --json'],
		] as const) {
			expect(result.code, result.stderr).toBe(0);
			expectCleanRun(result, where);
		}
		expect(text.stdout).toContain('answer');
		expectClean(await readFile(out, 'utf8'), 'the Markdown file');
		expect(json<SessionRecord>(asJson).turns[0]!.answer).toBe(hostile('answer'));
	});

	it('analyze, history, scripts, scripts --validate and config', async () => {
		const results = await Promise.all([
			runCli(['analyze', '--focus', 'evaluation', '--question', hostile('question'), '--answer', hostile('we would track NPS')]),
			runCli(['history'], {dataDir}),
			runCli(['history', '--json'], {dataDir}),
			runCli(['scripts', '--questions', questions]),
			runCli(['scripts', '--validate', questions]),
			runCli(['config', 'set', 'model', hostile('model')]),
			runCli(['config', 'get', hostile('key')]),
			runCli(['config', 'list'], {env: {}}),
		]);
		const names = ['analyze', 'history', 'history --json', 'scripts', 'scripts --validate', 'config set', 'config get', 'config list'];
		results.forEach((result, i) => expectCleanRun(result, names[i]!));
		expect(results[0]!.stdout).toContain('Score');
		expect(results[4]!.stderr).toContain('broken');
		expect(results[5]!.code).toBe(2);
	});

	it('error messages that echo what was typed', async () => {
		const results = await Promise.all([
			runCli(['replay', hostile('id')], {dataDir}),
			runCli([hostile('command')]),
			runCli(['run', '--focus', hostile('focus'), '--answers', answers]),
			runCli(['history', '--delete', hostile('id')], {dataDir}),
			runCli(['run', '--focus', 'evaluation', '--answers', path.join(questions, hostile('missing'))]),
		]);
		results.forEach((result, i) => {
			expect(result.code, result.stderr).not.toBe(0);
			expect(result.stderr).toMatch(/ai-pm-sim: /);
			expectCleanRun(result, `error ${i}`);
		});
	});

	it('the Ink screens: replay, history, recap and a live interview with a hostile script', async () => {
		const frames: string[] = [];
		const record = hostileRecord('hostile-2');
		const replay = renderUi(<ReplayScreen record={record} onBack={() => undefined} />);
		frames.push(...replay.frames);

		const store = openSessionStore({dataDir: await scratchDir(), env: {}});
		await store.save(record);
		const history = renderUi(<HistoryScreen store={store} onReplay={() => undefined} onResume={() => undefined} onBack={() => undefined} />);
		await waitFor(() => expect(history.frame()).toContain('hostile-2'));
		frames.push(...history.frames);

		const recap = renderUi(
			<RecapScreen
				recap={sampleRecap(
					{actions: [{dimension: 'no-eval-framework', title: 'Evaluation', strongPattern: 'x', evidence: [hostile('quote')]}]},
					{question: hostile('card question')},
				)}
				focusLabel="Evaluation"
				isActive
				endedEarly={false}
				saveNote={hostile('note')}
				coach={{status: 'done', text: hostile('coach'), notice: hostile('notice')}}
				plain
				onReplay={() => undefined}
				onHome={() => undefined}
				onQuit={() => undefined}
			/>,
		);
		frames.push(...recap.frames);

		const services = {...fakeServices({sessions: memorySessions()}), scripts: async () => ({scripts: [hostileScript()], notices: [hostile('notice')]})};
		const app = renderUi(<App services={services} screens={fakeScreens} initial={{scriptId: 'hostile-script'}} onExit={() => undefined} />);
		await waitFor(() => expect(app.frame()).toContain('script question'));
		frames.push(...app.frames);

		expect(frames.join('\n')).toContain('answer');
		frames.forEach((frame, i) => expectClean(frame, `Ink frame ${i}`));
	});
});

describe('the sanitiser itself', () => {
	it('keeps newlines and tabs, drops whole sequences with their parameters, and leaves clean text alone', () => {
		expect(safeText(`a\tb\nc${HOSTILE}d`)).toBe('a\tb\nc     gnp.exed');
		expect(safeText('plain text, “quotes” and émoji 🎯')).toBe('plain text, “quotes” and émoji 🎯');
		expect(safeText('line\r\nnext')).toBe('line\nnext');
	});

	it('JSON escapes C1 and bidi controls but parses back to the same value', () => {
		const value = {text: hostile('x')};
		const text = safeJson(value);
		expectClean(text, 'safeJson');
		expect(JSON.parse(text)).toEqual(value);
	});
});

// A fake OpenAI-compatible server for tests and benches: real HTTP on 127.0.0.1, POST
// /v1/chat/completions answered as JSON or as an SSE stream, scripted per request.
import {createServer, type IncomingHttpHeaders, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo, Socket} from 'node:net';
import {performance} from 'node:perf_hooks';

export type FakeUsage = {prompt_tokens: number; completion_tokens: number; total_tokens: number};

export type Reply =
	/** A chat completion whose message content is `content` (or a raw `body`, for odd shapes). */
	| {kind: 'json'; content?: string; body?: unknown; usage?: FakeUsage | null; delayMs?: number; finish?: string}
	/**
	 * An SSE stream, one `delta.content` per chunk; `raw` lines are written as-is instead (malformed data).
	 * `endless` repeats the chunks until the client goes away; `errorAfter` sends an error event after
	 * that many chunks (OpenRouter, vLLM); `comments` adds SSE comment lines between chunks.
	 */
	| {
			kind: 'stream';
			chunks: string[];
			raw?: string[];
			delayMs?: number;
			gapMs?: number;
			usage?: FakeUsage | null;
			dropAfter?: number;
			finish?: string;
			endless?: boolean;
			errorAfter?: {chunks: number; body: unknown};
			comments?: boolean;
	  }
	/** An error status with an OpenAI-style error body, or `body` as given (other servers' shapes, non-JSON text). */
	| {kind: 'error'; status: number; message?: string; param?: string; code?: string; body?: unknown; headers?: Record<string, string>; delayMs?: number}
	/** Close the connection without answering. */
	| {kind: 'drop'; delayMs?: number}
	/** Accept and never answer. */
	| {kind: 'hang'};

export type RecordedRequest = {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
	/** Parsed JSON body (undefined when it was not JSON). */
	body: any;
	/** performance.now() when each stream chunk was written. */
	writes: number[];
	/** True when the client went away before the reply was complete. */
	aborted: boolean;
	/** Resolves when the connection for this request is finished either way. */
	closed: Promise<void>;
};

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export type FakeOpenAiServer = {
	/** Base URL including /v1, as an OpenAI client expects. */
	baseUrl: string;
	requests: RecordedRequest[];
	/** GET /models requests. */
	listings: RecordedRequest[];
	/** Replies used in order for the next requests; when the queue is empty the handler answers. */
	enqueue(...replies: Reply[]): void;
	/** Replaces the fallback handler. */
	handle(handler: Handler): void;
	/** Replaces what GET /models lists (null: no such route). */
	setModels(ids: string[] | null): void;
	close(): Promise<void>;
};

export const DEFAULT_USAGE: FakeUsage = {prompt_tokens: 12, completion_tokens: 5, total_tokens: 17};

const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** A JSON reply whose content is the given object serialised. */
export const jsonReply = (value: unknown, usage: FakeUsage | null = DEFAULT_USAGE): Reply => ({
	kind: 'json',
	content: JSON.stringify(value),
	usage,
});

/** Splits text into word-sized stream chunks ("What", " would", " you"...). */
export const words = (text: string): string[] => text.match(/\s*\S+/g) ?? [];

/** Handler for servers that do not support structured outputs: rejects `json_schema` with a 400. */
export const rejectingJsonSchema =
	(next: Handler): Handler =>
	(request, index) =>
		request.body?.response_format?.type === 'json_schema'
			? {kind: 'error', status: 400, message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", param: 'response_format'}
			: next(request, index);

function completionBody(model: string, content: string, usage: FakeUsage | null, finish = 'stop') {
	return {
		id: 'chatcmpl-fake',
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: [{index: 0, message: {role: 'assistant', content}, finish_reason: finish, logprobs: null}],
		...(usage ? {usage} : {}),
	};
}

function chunkBody(model: string, delta: Record<string, unknown>, finish: string | null, usage?: FakeUsage) {
	return {
		id: 'chatcmpl-fake',
		object: 'chat.completion.chunk',
		created: Math.floor(Date.now() / 1000),
		model,
		choices: usage ? [] : [{index: 0, delta, finish_reason: finish, logprobs: null}],
		...(usage ? {usage} : {}),
	};
}

async function send(reply: Reply, record: RecordedRequest, res: ServerResponse, socketGone: () => boolean): Promise<void> {
	const model = typeof record.body?.model === 'string' ? record.body.model : 'fake-model';
	if ('delayMs' in reply && reply.delayMs) await sleep(reply.delayMs);
	if (socketGone()) return;
	switch (reply.kind) {
		case 'hang':
			return;
		case 'drop':
			res.socket?.destroy();
			return;
		case 'error':
			res.writeHead(reply.status, {'content-type': typeof reply.body === 'string' ? 'text/plain' : 'application/json', ...reply.headers});
			if (typeof reply.body === 'string') res.end(reply.body);
			else
				res.end(
					JSON.stringify(reply.body ?? {error: {message: reply.message ?? `error ${reply.status}`, type: 'fake_error', param: reply.param ?? null, code: reply.code ?? null}}),
				);
			return;
		case 'json': {
			const body = reply.body ?? completionBody(model, reply.content ?? '', reply.usage === undefined ? DEFAULT_USAGE : reply.usage, reply.finish);
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
			return;
		}
		case 'stream': {
			res.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive'});
			res.flushHeaders();
			const wantsUsage = record.body?.stream_options?.include_usage === true;
			const lines = reply.raw ?? [
				JSON.stringify(chunkBody(model, {role: 'assistant', content: ''}, null)),
				...reply.chunks.map(c => JSON.stringify(chunkBody(model, {content: c}, null))),
				JSON.stringify(chunkBody(model, {}, reply.finish ?? 'stop')),
			];
			const usage = reply.usage === undefined ? DEFAULT_USAGE : reply.usage;
			if (!reply.raw && wantsUsage && usage) lines.push(JSON.stringify(chunkBody(model, {}, null, usage)));
			if (reply.errorAfter) lines.splice(1 + reply.errorAfter.chunks, Infinity, JSON.stringify(reply.errorAfter.body));
			if (reply.endless) {
				// Until the client hangs up: the same chunks again and again, yielding to the event loop.
				for (let i = 0; !socketGone(); i++) {
					const line = JSON.stringify(chunkBody(model, {content: reply.chunks[i % reply.chunks.length]}, null));
					if (!res.write(`data: ${line}\n\n`)) await new Promise(resolve => res.once('drain', resolve));
					if (reply.gapMs) await sleep(reply.gapMs);
					else if (i % 64 === 0) await new Promise(resolve => setImmediate(resolve));
				}
				return;
			}
			for (let i = 0; i < lines.length; i++) {
				if (i > 0 && reply.gapMs) await sleep(reply.gapMs);
				if (socketGone()) return;
				if (reply.comments) res.write(': OPENROUTER PROCESSING\n\n');
				if (reply.dropAfter !== undefined && i >= reply.dropAfter) {
					res.socket?.destroy();
					return;
				}
				record.writes.push(performance.now());
				res.write(`data: ${lines[i]}\n\n`);
			}
			res.end('data: [DONE]\n\n');
			return;
		}
	}
}

/** `models`: what GET /models lists (null: the route is missing, as on old Ollama builds). */
export async function startOpenAiServer(handler?: Handler, options: {models?: string[] | null} = {}): Promise<FakeOpenAiServer> {
	let models = options.models === undefined ? ['test-model'] : options.models;
	const requests: RecordedRequest[] = [];
	const listings: RecordedRequest[] = [];
	const queue: Reply[] = [];
	let fallback: Handler = handler ?? (() => ({kind: 'error', status: 500, message: 'no reply scripted'}));
	const sockets = new Set<Socket>();

	const server: Server = createServer((req, res) => {
		let raw = '';
		req.setEncoding('utf8');
		req.on('data', chunk => (raw += chunk));
		req.on('end', async () => {
			let markClosed!: () => void;
			const record: RecordedRequest = {
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				body: undefined,
				writes: [],
				aborted: false,
				closed: new Promise<void>(resolve => (markClosed = resolve)),
			};
			const pathname = (req.url ?? '').split('?')[0]!;
			try {
				record.body = JSON.parse(raw);
			} catch {
				record.body = undefined;
			}
			// Model listings are counted apart, so request logs stay about completions.
			if (req.method === 'GET' && pathname.endsWith('/models') && models !== null) {
				listings.push(record);
				res
					.writeHead(200, {'content-type': 'application/json'})
					.end(JSON.stringify({object: 'list', data: models.map(id => ({id, object: 'model', created: 0, owned_by: 'fake'}))}));
				return;
			}
			const index = requests.length;
			requests.push(record);
			let gone = false;
			res.on('close', () => {
				gone = true;
				if (!res.writableFinished) record.aborted = true;
				markClosed();
			});
			if (req.method !== 'POST' || !pathname.endsWith('/chat/completions')) {
				res.writeHead(404, {'content-type': 'application/json'}).end(JSON.stringify({error: {message: 'not found'}}));
				return;
			}
			try {
				const reply = queue.shift() ?? (await fallback(record, index));
				await send(reply, record, res, () => gone);
			} catch (error) {
				if (!res.headersSent) res.writeHead(500).end(String(error));
			}
		});
	});
	server.on('connection', socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		requests,
		listings,
		enqueue: (...replies) => queue.push(...replies),
		handle: next => {
			fallback = next;
		},
		setModels: ids => {
			models = ids;
		},
		close: () =>
			new Promise<void>(resolve => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			}),
	};
}

// Shared figures for the benches: medians and ratios, since these machines are noisy.
import {spawn} from 'node:child_process';

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatMs(ms: number): string {
	return `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** Wall time of one whole process, from spawn to exit. */
export function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const child = spawn(command, args, {stdio: 'ignore', env});
		child.on('error', reject);
		child.on('exit', code => {
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}`));
			else resolve(Number(process.hrtime.bigint() - started) / 1e6);
		});
	});
}

export type Compared = {a: number; b: number; ratio: number};

/** Runs A and B in turn (A B A B …) after a warm-up; the ratio is the median of per-pair ratios. */
export async function compareAlternating(runA: () => Promise<number>, runB: () => Promise<number>, pairs = 9): Promise<Compared> {
	await runA();
	await runB();
	const a: number[] = [];
	const b: number[] = [];
	const ratios: number[] = [];
	for (let i = 0; i < pairs; i++) {
		const ta = await runA();
		const tb = await runB();
		a.push(ta);
		b.push(tb);
		ratios.push(ta / tb);
	}
	return {a: median(a), b: median(b), ratio: median(ratios)};
}

/**
 * `target.push(...items)` without spreading: a spread passes every item as an argument, and a
 * long enough list (the lines of a 10 MB answer) overflows the call stack.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
	for (const item of items) target.push(item);
	return target;
}

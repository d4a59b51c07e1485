import {useWindowSize} from 'ink';

/** Columns and rows, updated on resize; 80x24 where the output is not a terminal. */
export function useTerminalSize(): {columns: number; rows: number} {
	const {columns, rows} = useWindowSize();
	return {columns: columns || 80, rows: rows || 24};
}

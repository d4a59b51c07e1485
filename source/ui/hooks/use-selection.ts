import {useCallback, useRef, useState} from 'react';

/**
 * A selected row that keys can move and read in the same tick: several keys often arrive
 * in one chunk (↓ ↓ Enter) before React re-renders, so the index lives in a ref too.
 */
export function useSelection(count: number, initial = 0) {
	const ref = useRef(initial);
	const [selected, setSelected] = useState(initial);
	const clamp = (index: number) => (count === 0 ? 0 : Math.min(Math.max(0, index), count - 1));
	const select = useCallback((index: number) => {
		ref.current = index;
		setSelected(index);
	}, []);
	const move = (delta: number, wrap = true) => {
		const from = clamp(ref.current);
		select(wrap && count > 0 ? (from + delta + count) % count : clamp(from + delta));
	};
	return {selected: clamp(selected), current: () => clamp(ref.current), move, select};
}

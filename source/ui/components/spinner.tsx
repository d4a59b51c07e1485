import {useEffect, useState} from 'react';
import {Text} from './text.js';
import {useColor} from '../plain.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A small braille spinner; `plain` shows a static ellipsis (no animation, no colour needed). */
export function Spinner({plain = false}: {plain?: boolean}) {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		if (plain) return;
		const timer = setInterval(() => setFrame(f => (f + 1) % FRAMES.length), 80);
		return () => clearInterval(timer);
	}, [plain]);
	const color = useColor('cyan');
	return <Text color={color}>{plain ? '…' : FRAMES[frame]}</Text>;
}

import {Text} from 'ink';

export type Hint = [key: string, action: string];

/** The line of keys at the bottom of every screen: "Enter start · ↑↓ move · q quit". */
export function KeyHints({hints}: {hints: Hint[]}) {
	return (
		<Text dimColor wrap="wrap">
			{hints.map(([key, action]) => `${key} ${action}`).join(' · ')}
		</Text>
	);
}

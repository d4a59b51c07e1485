import {Box} from 'ink';
import {Text} from './text.js';
import {useColor} from '../plain.js';

export type MenuItem = {id: string; label: string; detail?: string; shortcut?: string};

/** A vertical list with a ▸ marker on the selected row (visible without colour). */
export function Menu({items, selected}: {items: MenuItem[]; selected: number}) {
	const highlight = useColor('cyan');
	return (
		<Box flexDirection="column">
			{items.map((item, i) => {
				const active = i === selected;
				return (
					<Box key={item.id} flexDirection="column">
						<Text color={active ? highlight : undefined} bold={active}>
							{active ? '▸ ' : '  '}
							{item.shortcut ? `${item.shortcut}  ` : ''}
							{item.label}
						</Text>
						{item.detail ? (
							<Text dimColor wrap="truncate-end">
								{`     ${item.detail}`}
							</Text>
						) : null}
					</Box>
				);
			})}
		</Box>
	);
}

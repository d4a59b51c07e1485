import {Box} from 'ink';
import {Text} from './text.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {useColor} from '../plain.js';
import {clip, columnsOf} from '../../core/util/wrap.js';

/** Screen heading: the app name and where you are; the detail is cut to fit one line. */
export function Title({children, detail}: {children: string; detail?: string}) {
	const {columns} = useTerminalSize();
	const color = useColor('cyan');
	const head = `ai-pm-sim ▸ ${children}`;
	const room = columns - columnsOf(head) - 2;
	return (
		<Box marginBottom={1}>
			<Text>
				<Text bold color={color}>
					ai-pm-sim
				</Text>
				{` ▸ ${children}`}
				{detail && room >= 8 ? <Text dimColor>{`  ${clip(detail, room)}`}</Text> : null}
			</Text>
		</Box>
	);
}

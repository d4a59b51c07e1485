import {Box, Text} from 'ink';

/** Screen heading: the app name and where you are. */
export function Title({children, detail}: {children: string; detail?: string}) {
	return (
		<Box marginBottom={1}>
			<Text bold color="cyan">
				ai-pm-sim
			</Text>
			<Text>{` ▸ ${children}`}</Text>
			{detail ? <Text dimColor>{`  ${detail}`}</Text> : null}
		</Box>
	);
}

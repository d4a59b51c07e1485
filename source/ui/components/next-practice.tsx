import {Box} from 'ink';
import type {Recommendation} from '../../core/practice/recommend.js';
import {Paragraph} from './paragraph.js';

/** One line under the recap: what to practise next and why, offered again on the home screen. */
export function NextPractice({recommendation}: {recommendation: Recommendation | null}) {
	if (!recommendation) return null;
	return (
		<Box marginTop={1}>
			<Paragraph lead="Next: " hang={6}>
				{`${recommendation.label.replace(/^Practise next: /, '')}. ${recommendation.reason} Press p on the home screen to start it.`}
			</Paragraph>
		</Box>
	);
}

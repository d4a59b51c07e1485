import {Component, type ReactNode} from 'react';
import {Text} from './text.js';

type Props = {
	/** Called once with the error; expected to save what it can and end the app. */
	onCrash(error: Error): void;
	children: ReactNode;
};

/**
 * The last line of defence for a bug in a screen: instead of Ink printing a stack over a raw-mode
 * terminal, the session is saved (by `onCrash`), the app ends normally and the terminal is restored.
 */
export class ErrorBoundary extends Component<Props, {error: Error | null}> {
	override state: {error: Error | null} = {error: null};

	static getDerivedStateFromError(error: Error) {
		return {error};
	}

	override componentDidCatch(error: Error) {
		this.props.onCrash(error);
	}

	override render() {
		if (this.state.error) return <Text>{`✗ Something went wrong drawing the screen (${this.state.error.message}). Saving your session and closing…`}</Text>;
		return this.props.children;
	}
}

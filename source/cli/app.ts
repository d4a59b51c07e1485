import type {CommandHandler} from './commands/types.js';
import {UsageError} from './io.js';

const handler: CommandHandler = async () => {
	throw new UsageError('the interactive app is not built yet');
};
export default handler;

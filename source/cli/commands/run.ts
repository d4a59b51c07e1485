import type {CommandHandler} from './types.js';
import {UsageError} from '../io.js';

const handler: CommandHandler = async () => {
	throw new UsageError('run is not built yet');
};
export default handler;

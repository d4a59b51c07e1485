// Every flag any command takes. They are all parsed at once; each command lists which it accepts.
export const FLAGS = {
	help: {type: 'boolean', shortFlag: 'h'},
	version: {type: 'boolean', shortFlag: 'v'},
	json: {type: 'boolean'},
	focus: {type: 'string', shortFlag: 'f'},
	script: {type: 'string', shortFlag: 's'},
	question: {type: 'string', shortFlag: 'q'},
	answer: {type: 'string'},
	answerFile: {type: 'string'},
	answers: {type: 'string'},
	questions: {type: 'string'},
	validate: {type: 'string'},
	seed: {type: 'number'},
	level: {type: 'string'},
	count: {type: 'number'},
	drill: {type: 'boolean'},
	feature: {type: 'string'},
	dataDir: {type: 'string'},
	save: {type: 'boolean', default: true},
	offline: {type: 'boolean'},
	model: {type: 'string'},
	baseUrl: {type: 'string'},
	markdown: {type: 'boolean'},
	out: {type: 'string', shortFlag: 'o'},
	clear: {type: 'boolean'},
	yes: {type: 'boolean', shortFlag: 'y'},
	resume: {type: 'boolean'},
	delete: {type: 'string'},
} as const;

export type FlagName = keyof typeof FLAGS;

export type Flags = {
	help?: boolean;
	version?: boolean;
	json?: boolean;
	focus?: string;
	script?: string;
	question?: string;
	answer?: string;
	answerFile?: string;
	answers?: string;
	questions?: string;
	validate?: string;
	seed?: number;
	level?: string;
	count?: number;
	drill?: boolean;
	feature?: string;
	dataDir?: string;
	save: boolean;
	offline?: boolean;
	model?: string;
	baseUrl?: string;
	markdown?: boolean;
	out?: string;
	clear?: boolean;
	yes?: boolean;
	resume?: boolean;
	delete?: string;
};

/** Flags every command accepts. */
export const COMMON_FLAGS: FlagName[] = ['help', 'questions', 'dataDir'];

export function flagToOption(name: string): string {
	return `--${name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)}`;
}

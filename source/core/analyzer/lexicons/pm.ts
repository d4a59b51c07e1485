import {concept, type Lexicon} from './types.js';

// Traditional PM craft: valuable, but on its own it would fit any PM role.
export const PM_CRAFT: Lexicon = {
	name: 'pm-craft',
	terms: [
		...concept('framework', ['rice', 'moscow', 'kano', 'circles', 'jobs[- ]to[- ]be[- ]done', 'jtbd', 'framework\\w*', 'impact (?:vs|versus|and) effort', 'reach,? impact', 'ice scor\\w+', 'okrs?', 'kpis?', 'north star']),
		...concept('process', ['user (?:research|interviews?|personas?|journey\\w*|stories)', 'personas?', 'pain points?', 'stakeholders?', 'roadmap\\w*', 'backlog', 'sprints?', 'mvp', 'requirements', 'prd', 'go-to-market', 'gtm', 'launch plan', 'beta', 'iterate', 'iteration', 'agile']),
		...concept('shipping', ['shipp?(?:ed|ing)?', 'launch(?:ed|ing)?', 'deliver\\w*', 'on time', 'under budget', 'cross-?functional\\w*', 'aligned?', 'alignment', 'prioriti[sz]\\w+']),
		...concept('metrics', ['nps', 'dau', 'mau', 'retention', 'engagement', 'csat', 'conversion', 'revenue', 'a/b test\\w*', 'adoption']),
	],
};

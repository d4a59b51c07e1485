import {concept, type Lexicon} from './types.js';

// Traditional PM craft: valuable, but on its own it would fit any PM role.
export const PM_CRAFT: Lexicon = {
	name: 'pm-craft',
	terms: [
		...concept('framework', [
			'rice', 'moscow', 'kano', 'circles', 'jobs[- ]to[- ]be[- ]done', 'jtbd', 'top jobs', 'frameworks?', 'impact[- ](?:vs|versus|and|times)[- ]effort', 'reach,? impact', 'ice scor\\w+', 'okrs?', 'kpis?',
			'north star', '(?:weighted )?decision matri(?:x|ces)', 'grid', 'structure (?:this|it|my answer)', 'value proposition', 'core (?:competenc\\w+|differentiator)', 'differentiat\\w+', 'moat', 'build[- ](?:vs|versus)[- ]buy',
			'total cost of ownership', 'tco', 'lock-?in', 'business case', 'competitive', 'market share', 'swot', 'funnel', 'personas?', 'pain points?', 'user segments?', 'use cases?',
		]),
		...concept('process', [
			'user (?:research|interviews?|journey\\w*|stories|needs)', 'stakeholders?', 'roadmaps?', 'backlogs?', 'sprints?', 'mvp', 'requirements', 'prds?', 'go-to-market', 'gtm', 'launch (?:plan|checklist)', 'betas?',
			'iterat\\w+', 'agile', 'triag\\w+', 'intake', 'bug bash', 'dogfood\\w*', 'sign(?:ed)?[- ]offs?', 'signed off', 'staged rollout', 'rollouts?', 'leadership', 'exec(?:utive)?s? (?:review|team)', 'raci',
			'kick-?off', 'retro(?:spective)?s?', 'quarterly', 'next quarter', 'unblock\\w*', 'talking points', 'messaging', 'marketing', 'comms', 'alignment', 'aligned?', 'cross-?functional\\w*', 'timelines?',
		]),
		...concept('shipping', ['shipp(?:ed|ing)', 'launch(?:ed|ing)', 'deliver(?:ed|ing|y)', 'on time', 'under budget', 'prioriti[sz]\\w+', 'scope(?:d)?', 'deadline', 'time to market', 'vendors?']),
		...concept('metrics', ['nps', 'dau', 'mau', 'retention', 'engagement', 'csat', 'conversion', 'revenue', 'a/b test\\w*', 'adoption', 'containment', 'deflection', 'handle time', 'cost per contact', 'targets']),
	],
};

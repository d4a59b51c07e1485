import {concept, type Lexicon} from './types.js';

// Traditional PM craft: valuable, but on its own it would fit any PM role.
export const PM_CRAFT: Lexicon = {
	name: 'pm-craft',
	terms: [
		...concept('framework', [
			'rice', 'moscow', 'kano', 'circles', 'jobs[- ]to[- ]be[- ]done', 'jtbd', 'top jobs', 'frameworks?', 'impact[- ](?:vs|versus|and|times)[- ]effort', 'reach,? impact', 'ice scor\\w+', 'okrs?', 'kpis?',
			'north star', '(?:weighted )?decision matri(?:x|ces)', 'grid', 'structure (?:this|it|my answer)', 'value proposition', 'core (?:competenc\\w+|differentiator)', 'differentiat\\w+', 'moat', 'build[- ](?:vs|versus)[- ]buy',
			'total cost of ownership', 'tco', 'lock-?in', 'business case', 'competitive', 'market share', 'swot', 'funnel', 'personas?', 'pain points?', 'user segments?', 'use cases?',
			// the same craft in plain spoken words
			'business value', 'strategic (?:fit|bets?|priorit\\w+)', 'strategy', 'competitors?', 'competition', 'table stakes', 'dependenc(?:y|ies)', 'nice to have', 'must-?haves?',
			'quick wins?', 'low-?hanging fruit', 'market size', 'opportunity size', 'gamif\\w+', 'streaks?', 'phase (?:one|two|three|1|2|3)', 'pricing', 'per seat', 'free trial', 'lighthouse customers?',
			'success metrics?', 'value vs\\.? effort', 'effort',
		]),
		...concept('process', [
			'user (?:research|interviews?|journey\\w*|stories|needs)', 'stakeholders?', 'roadmaps?', 'backlogs?', 'sprints?', 'mvp', 'requirements', 'prds?', 'go-to-market', 'gtm', 'launch (?:plan|checklist)', 'betas?',
			'iterat\\w+', 'agile', 'triag\\w+', 'intake', 'bug bash', 'dogfood\\w*', 'sign(?:ed)?[- ]offs?', 'signed off', 'staged rollout', 'rollouts?', 'leadership', 'exec(?:utive)?s? (?:review|team)', 'raci',
			'kick-?off', 'retro(?:spective)?s?', 'quarterly', 'next quarter', 'unblock\\w*', 'talking points', 'messaging', 'marketing', 'comms', 'alignment', 'aligned?', 'cross-?functional\\w*', 'timelines?',
			'shadow(?:ed|ing)', 'pilot(?:ed|ing|s)?', 'discovery', 'customer interviews?', 'qa', 'runbooks?', 'press release', 'launch email', 'webinars?', 'faqs?', 'training sessions?',
			'working group', '(?:weekly|daily) syncs?', 'design sprints?', 'bought in', 'buy-?in', 'check-?ins?', 'phased', 'promotions?', 'dashboards?', 'business owners?', 'sales (?:team|calls?|push|deck)',
		]),
		...concept('shipping', ['shipp(?:ed|ing)', 'launch(?:ed|ing)', 'deliver(?:ed|ing|y)', 'on time', 'under budget', 'prioriti[sz]\\w+', 'scope(?:d)?', 'deadline', 'time to market', 'vendors?']),
		...concept('metrics', ['nps', 'dau', 'mau', 'retention', 'engagement', 'csat', 'conversion', 'revenue', 'a/b test\\w*', 'adoption', 'containment', 'deflection', 'handle time', 'cost per contact', 'targets']),
	],
};

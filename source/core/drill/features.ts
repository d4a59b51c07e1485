// The AI features the evaluation drill asks about, each with a strong version of the answer:
// about three quality criteria with a bar each, and a test set of about fifty real examples.

export type DrillCriterion = {name: string; meaning: string; bar: string};

export type DrillFeature = {
	id: string;
	/** How the drill names the feature to the candidate. */
	name: string;
	/** One line of context, so the candidate is not guessing what the feature does. */
	context: string;
	criteria: [DrillCriterion, DrillCriterion, DrillCriterion];
	testSet: string;
};

export const DRILL_FEATURES: readonly DrillFeature[] = [
	{
		id: 'smart-replies',
		name: 'Suggested replies in a customer-support inbox',
		context: 'Agents see up to three short replies under each customer message and can tap one to edit and send.',
		criteria: [
			{name: 'Correct', meaning: 'the reply states nothing false about the order, policy or product', bar: 'at least 95% of suggestions judged correct'},
			{name: 'Usable as is', meaning: 'an agent could send it with little or no editing', bar: 'at least 60% need no more than a small edit'},
			{name: 'Safe to show', meaning: 'no promises of refunds or compensation, nothing rude', bar: 'zero unsafe suggestions in the set'},
		],
		testSet:
			'50 real customer messages from last month, anonymised, sampled across the top topics plus refunds, angry customers and non-native English, each with the reply an experienced agent actually sent.',
	},
	{
		id: 'tone-rewrite',
		name: "A 'make it friendlier' rewrite button in an email client",
		context: 'The user selects a paragraph and gets a rewritten version in a warmer tone.',
		criteria: [
			{name: 'Meaning kept', meaning: 'facts, names, dates and commitments are unchanged', bar: 'meaning kept in at least 98% of rewrites'},
			{name: 'Tone achieved', meaning: 'raters find the rewrite friendlier than the original', bar: 'at least 85% judged friendlier'},
			{name: 'Still the writer', meaning: 'similar length and register, no invented pleasantries', bar: 'at least 80% judged something the writer would send'},
		],
		testSet: '50 real paragraphs users selected (with consent), covering curt replies, bad news, requests to senior people and text in a second language.',
	},
	{
		id: 'code-completion',
		name: 'Code completion in an editor',
		context: 'As developers type, the assistant proposes the next few lines in grey.',
		criteria: [
			{name: 'Works', meaning: 'the completion compiles and passes the surrounding tests', bar: 'at least 70% of accepted completions pass the tests'},
			{name: 'Fits the codebase', meaning: 'uses the project’s own functions and style, no invented APIs', bar: 'fewer than 2% reference functions that do not exist'},
			{name: 'Secure', meaning: 'no hard-coded secrets, injection holes or unsafe calls', bar: 'zero security findings in the set'},
		],
		testSet: '50 real editing moments from internal repositories, cut just before a function body, across three languages and including legacy code and tests.',
	},
	{
		id: 'meeting-summary',
		name: 'Meeting summaries with action items',
		context: 'After a call, everyone receives a short summary and a list of who does what by when.',
		criteria: [
			{name: 'Faithful', meaning: 'nothing in the summary contradicts or goes beyond the transcript', bar: 'at least 95% of summaries with no unsupported statement'},
			{name: 'Right owners', meaning: 'each action item names the person who actually took it', bar: 'at least 90% of action items with the right owner'},
			{name: 'Complete', meaning: 'every decision and commitment made in the meeting appears', bar: 'at least 85% of decisions captured'},
		],
		testSet:
			'50 real recorded meetings from consenting teams, from one-to-ones to twelve-person calls, with crosstalk, accents and mixed languages, each annotated by an attendee.',
	},
	{
		id: 'billing-chatbot',
		name: 'A support chatbot that answers billing questions',
		context: 'Customers ask about invoices, charges and plans; the bot answers or hands over to a person.',
		criteria: [
			{name: 'Correct', meaning: 'the answer matches the customer’s account and current policy', bar: 'at least 95% correct'},
			{name: 'Knows its limits', meaning: 'hands over to a person for disputes and anything it cannot verify', bar: 'at least 95% of hand-over cases handed over'},
			{name: 'Resolves', meaning: 'the customer gets what they came for without a second contact', bar: 'at least 70% resolved in the test conversations'},
		],
		testSet:
			'50 real billing conversations from the support queue, anonymised, including disputes, refunds, plan changes and angry customers, each with the resolution an agent gave.',
	},
	{
		id: 'receipt-categories',
		name: 'Automatic expense categories for scanned receipts',
		context: 'Each receipt gets a category (travel, meals, software...) that the employee can change.',
		criteria: [
			{name: 'Right category', meaning: 'matches what the finance team would choose', bar: 'at least 92% correct overall and 85% in every category'},
			{name: 'Honest when unsure', meaning: 'low-confidence receipts are flagged instead of guessed', bar: 'at least 80% of its errors are flagged as unsure'},
			{name: 'Amounts read right', meaning: 'total, currency and date extracted correctly', bar: 'at least 98% of totals exact'},
		],
		testSet: '50 real receipts from employees’ claims, blurred and crumpled ones included, several currencies and languages, labelled by the finance team.',
	},
	{
		id: 'wiki-answers',
		name: 'Answers with citations over a company wiki',
		context: 'Employees ask a question and get a short answer with links to the pages it used.',
		criteria: [
			{name: 'Correct', meaning: 'the answer is right according to the current pages', bar: 'at least 90% correct'},
			{name: 'Grounded', meaning: 'each claim is supported by the page it cites', bar: 'at least 95% of citations support their claim'},
			{name: 'Says when it does not know', meaning: 'no made-up answer when the wiki has nothing', bar: 'at least 90% of unanswerable questions declined'},
		],
		testSet: '50 real questions employees asked in chat channels, with answers written by page owners, including ten the wiki cannot answer.',
	},
	{
		id: 'alt-text',
		name: 'Auto-generated alt text for photos in a social app',
		context: 'When someone posts a photo, a description is added for people using screen readers.',
		criteria: [
			{name: 'Accurate', meaning: 'describes what is in the photo without invented details', bar: 'at least 95% with no invented detail'},
			{name: 'Useful', meaning: 'screen-reader users get what matters in the photo', bar: 'at least 80% rated useful by screen-reader users'},
			{name: 'Respectful', meaning: 'no guesses about race, gender or disability, nothing offensive', bar: 'zero offensive or identity-guessing descriptions'},
		],
		testSet: '50 real public photos sampled from posts, with people, text in images, memes and low light, each described by a trained writer, reviewed with screen-reader users.',
	},
];

export function findDrillFeature(id: string): DrillFeature | undefined {
	return DRILL_FEATURES.find(f => f.id === id);
}

/** A feature for the next drill: random (or fixed by a seed), never the one just practised. */
export function pickDrillFeature(random: () => number, previous?: string): DrillFeature {
	const choices = DRILL_FEATURES.filter(f => f.id !== previous);
	return choices[Math.floor(random() * choices.length)]!;
}

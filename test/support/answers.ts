// Answers a weak candidate gives to any evaluation question: product metrics only, in sentences long
// enough for the interviewer to quote.
export const METRICS_ONLY_ANSWERS = [
	'We would track NPS, DAU and retention after launch. If those numbers go up, the feature works.',
	'I would look at weekly active users and the satisfaction survey score every month.',
	'Mostly engagement: how many people click it, how long they stay, and whether they come back next week.',
	'We would run an A/B test and compare conversion between the two groups over a few weeks.',
	'The main thing is customer happiness, so I would watch support tickets and the app store rating.',
	'I would set up a dashboard with daily usage and churn and review it with the team every Monday.',
	'Growth in monthly active users would tell us that people find the feature valuable enough.',
	'I would ask the sales team what customers say and track the renewal rate for accounts using it.',
	'We would measure click-through on the suggestions and the retention of users who tried them.',
	'If usage keeps growing quarter over quarter, I would call the launch a success for the business.',
	'Honestly I would trust the usage numbers and the NPS trend more than anything else here.',
	'I would compare the satisfaction score before and after launch and report the difference to leadership.',
];

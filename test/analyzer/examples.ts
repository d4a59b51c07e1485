// Hand-written answers for the analyzer tests: one clear case and one tricky negative per weakness.
import type {AnalyzeInput} from '../../source/core/analyzer/index.js';

export const EVAL_Q = 'How would you know that our AI email-summary feature works?';

export const evalWeak: AnalyzeInput = {
	focus: 'evaluation',
	question: EVAL_Q,
	probes: ['no-eval-framework', 'generic-pm'],
	answer: `I'd watch the product numbers closely after launch. The main ones are NPS and DAU for the inbox, plus
thirty-day retention for people who open a summary. If engagement with summaries keeps growing week over
week and the satisfaction survey looks good, then it's working. I'd also compare usage between early
adopters and everyone else and present the dashboard to leadership every month.`,
};

// Mentions NPS, but inside a real model evaluation: eval set, criteria, a bar, slices.
export const evalStrong: AnalyzeInput = {
	focus: 'evaluation',
	question: EVAL_Q,
	probes: ['no-eval-framework', 'generic-pm'],
	answer: `I'd separate whether the model summarises well from whether people like the feature. For the model, I'd
pull about sixty real email threads, with consent, including long and messy ones, and have two people grade
each summary against three criteria: nothing invented, the key ask captured, and short enough to read in
ten seconds. The bar before launch is no invented facts in the test set and ninety percent on the key ask,
checked per language, not just on average. For the product, I'd watch how often people open the full
thread after reading a summary and how often they report a bad summary. NPS is a lagging signal; if it
moves while the model scores are flat, I'd go read the reported summaries to find what the test set misses.`,
};

export const techQ = 'Explain to a sales team how a large language model produces an answer.';

export const overTechnical: AnalyzeInput = {
	focus: 'technical',
	question: techQ,
	probes: ['over-technical', 'generic-pm'],
	answer: `It's a decoder-only transformer. Each token becomes an embedding vector, positional encodings are added,
and then it goes through dozens of layers of multi-head self-attention, where queries, keys and values are
projected and the softmax of their dot products weights the values. The feed-forward blocks and residual
connections with layer norm follow. It was pretrained with next-token prediction using cross-entropy loss and
the Adam optimizer with a warmup learning rate schedule, then aligned with RLHF and a KL penalty against the
reference model. At inference you sample from the logits with temperature and top-p, and the KV cache
keeps it fast. The Vaswani et al. paper explains the attention heads in detail.`,
};

// Uses a few technical terms, but each one is tied to a product decision and stated simply.
export const technicalTied: AnalyzeInput = {
	focus: 'technical',
	question: 'Should we fine-tune a model or use prompting for our support-ticket tagger?',
	probes: ['over-technical', 'generic-pm'],
	answer: `Put simply, prompting means giving a general model instructions and a few examples, and fine-tuning
means training it further on our own labelled tickets. We only had about two hundred labelled tickets and a
launch deadline six weeks away, so we chose few-shot prompting instead of fine-tuning. That trade-off kept
cost and latency low for users, and the model was sometimes wrong on the billing category, so low-confidence
tags went to a human to review. Which meant we could ship on time and collect corrections as labels, and
we decided to revisit fine-tuning once we had a couple of thousand examples.`,
};

export const expQ = 'Tell me about a time you worked on an AI product.';

export const aiTalk: AnalyzeInput = {
	focus: 'experience',
	question: expQ,
	probes: ['generic-ai-talk', 'generic-pm'],
	answer: `AI will transform every industry, and I think healthcare is where it will be most powerful. Companies
are racing to adopt generative models, and in the future every product will have an assistant built in.
It's important to remember that AI is only as good as its data, and everyone is realising that nowadays.
The possibilities are huge, and I'm passionate about being part of that revolution. You have to stay curious
because the field changes every few months.`,
};

// Opens with an opinion, then tells a concrete first-person story with numbers and a lesson.
export const aiTalkTricky: AnalyzeInput = {
	focus: 'experience',
	question: expQ,
	probes: ['generic-ai-talk', 'generic-pm'],
	answer: `I believe AI will change support work a lot, but the project I know best is small. Last year at my
previous company I built a prototype that classified incoming support tickets into eight categories. I
hand-labelled four hundred tickets from the queue, and the first version got seventy-eight percent right; it
struggled on refunds versus billing disputes, which agents also confused. I rewrote the category guide with
the support lead, we relabelled those examples, and accuracy went up to eighty-nine percent. What I learned
is that the label definitions mattered more than the model.`,
};

export const ethicsQ = 'What risks do you see in an AI tool that screens job applicants, and what would you do?';

export const ethicsWeak: AnalyzeInput = {
	focus: 'ethics',
	question: ethicsQ,
	probes: ['skips-ethics'],
	answer: `Fairness and transparency are really important here, so I'd make sure the tool is ethical and unbiased
and follows responsible AI principles. We'd be transparent with candidates about using AI. With that covered,
the exciting part is the growth opportunity: recruiters save hours, so I'd focus the roadmap on integrations
with the main applicant-tracking systems and a strong go-to-market with mid-size companies.`,
};

// Uses the word fairness, but then names failure modes, measurement, escalation and a launch block.
export const ethicsStrong: AnalyzeInput = {
	focus: 'ethics',
	question: ethicsQ,
	probes: ['skips-ethics'],
	answer: `Fairness here is concrete. The model can learn proxies for protected groups, like gaps in employment that
penalise parents, or postcodes that track ethnicity. Before launch I'd measure disparate impact: selection
rates across gender and age groups on a few hundred past applications, with the four-fifths rule as a floor.
If any group falls below it, that blocks the launch. The recruiter makes the final decision, never an
auto-reject, and candidates get a way to appeal that escalates to a human within two days. I'd bring in
employment counsel and an external auditor, because I'm not a lawyer and the rules differ by country.`,
};

export const designQ = 'Design an AI feature that suggests replies in our customer-support inbox.';

export const genericPm: AnalyzeInput = {
	focus: 'product-sense',
	question: designQ,
	probes: ['generic-pm', 'over-technical'],
	answer: `I'll structure this as users, pain points, solution and metrics. The users are support agents and team
leads; their pain points are repetitive tickets and long handle times. The solution is a reply panel next to
each ticket. I'd prioritise with RICE: billing questions have the most reach, so they go first in the MVP.
We'd run user interviews with agents, write the PRD, align stakeholders in support and engineering, and plan a
beta with two teams before the go-to-market. The KPIs would be handle time, CSAT and adoption, and I'd iterate
every sprint based on feedback before rolling out to every team on the roadmap.`,
};

// Short on PM vocabulary, strong on the AI layer: wrong suggestions, confidence, review, feedback.
export const aiDesignStrong: AnalyzeInput = {
	focus: 'product-sense',
	question: designQ,
	probes: ['generic-pm', 'over-technical'],
	answer: `The model will sometimes be wrong, and a confident wrong reply about a refund is worse than none. So the
agent always sees a draft, never an auto-send, and each draft shows the help-centre article it is grounded in.
When confidence is low, we show no draft and fall back to the agent's macros. Agents can edit or reject a
draft in one click; the edit rate per ticket type is our best quality signal and a sample of edits goes back
into the test set. I'd check it on a few hundred real tickets first, and watch for drift when policies change.`,
};

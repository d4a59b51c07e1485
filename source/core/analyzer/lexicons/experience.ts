import {concept, type Lexicon} from './types.js';

const ACT = '(?:built|build|led|lead|shipped|ran|run|owned|own|designed|wrote|drove|launched|created|set up|started|prototyped|trained|tested|evaluated|measured|labell?ed|interviewed|analy[sz]ed|noticed|found|realized|realised|learned|learnt|pushed|proposed|convinced|worked|helped|managed|defined|partnered|hand-?labell?ed|collected|reviewed|spent|took|decided|chose|cut|killed|moved|changed|fixed|discovered|compared|ran|audited)';

// The candidate's own work: first-person actions, concrete results and lessons.
export const EXPERIENCE: Lexicon = {
	name: 'experience',
	negatable: true,
	terms: [
		...concept('action', [`i ${ACT}`, `i (?:then |also |first |personally |quickly )${ACT}`, `we ${ACT}`, `my team ${ACT}`, `i was (?:the|responsible|leading|working|asked)`, 'i had to', 'my (?:role|job|task) was']),
		...concept('context', ['at my (?:last|previous|current) (?:company|job|role|team|startup)', 'in my (?:last|previous|current) (?:role|job|team)', 'at (?:my|our) (?:company|startup)', 'last (?:year|quarter|summer)', 'side project', 'open[- ]source', 'hackathon', 'when i was', 'a project where', 'on my team', 'my (?:side )?project']),
		...concept('result', ['\\d+(?:\\.\\d+)? ?(?:%|percent|percentage points|points|x)\\b', 'from \\d+\\S* to \\d+', '\\d+ (?:users|customers|tickets|examples|weeks|days|months|hours|agents|teams)', 'went (?:up|down) (?:by|to|from)', 'reduced', 'increased', 'improved', 'dropped', 'cut (?:\\w+ )?(?:by|from)', 'the result', 'as a result', 'outcome']),
		...concept('lesson', ['i learn(?:ed|t)', 'we learn(?:ed|t)', 'lesson', 'in hindsight', 'looking back', 'next time', 'i would (?:do|have done) (?:it )?differently', 'taught me', 'what i took away', 'i realized', 'i realised', 'surprised (?:me|us)', 'struggled']),
	],
};

// Talking about AI in general: trends, predictions and opinions about the industry.
export const OPINION: Lexicon = {
	name: 'opinion',
	terms: [
		...concept('prediction', ['ai (?:will|is going to|could|can|has the potential)', 'will (?:transform|revolutioni[sz]e|change|reshape|disrupt|replace)', 'in the (?:near )?future', 'the future of', 'going forward', 'next (?:few|five|ten) years', 'over time', 'eventually', 'soon']),
		...concept('industry', ['the industry', 'every (?:company|industry|business)', 'companies (?:are|need|should|will)', 'organi[sz]ations (?:are|need|should)', 'the market', 'everyone (?:is|will)', 'these days', 'nowadays', 'today\'s world', 'in general', 'generally', 'the (?:whole|entire) (?:industry|field|world)', 'society']),
		...concept('hype', ['transform\\w*', 'revolution\\w*', 'game[- ]?chang\\w+', 'disrupt\\w*', 'paradigm', 'huge potential', 'incredible', 'exciting', 'amazing', 'powerful', 'unlock\\w*', 'massive', 'fascinat\\w+', 'passionate', 'the possibilities', 'the power of']),
		...concept('belief', ['i (?:believe|think|feel) (?:that )?(?:ai|llms|generative|the)', 'it(?:\'s| is) (?:important|crucial|critical|essential|key) (?:to|that)', 'in my (?:view|opinion)', 'i(?:\'m| am) (?:very )?(?:passionate|excited|fascinated)', 'should (?:always|really)', 'one (?:should|must|needs to)', 'you (?:need|have|want) to']),
	],
};

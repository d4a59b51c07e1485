import {COUNT, SAMPLE_NOUN_LIST, SHARE} from './numbers.js';
import {concept, type Lexicon} from './types.js';

// A first-person subject followed by a past-tense verb: "I ran", "we rebuilt", "I didn't wait".
const WHO = "(?:i|we|my team|i've|we've|i have|we have)";
const ADV = '(?: (?:then|also|first|quickly|personally|eventually|finally|immediately|actually|just|later|initially|originally|only|never|still|both|all))?';
const PAST =
	"(?:[a-z]+(?:-[a-z]+)*ed|ran|built|led|rewrote|reran|redid|oversaw|knew|thought|felt|heard|spoke|bought|dug|drew|grew|left|meant|stood|became|came|fell|forgot|let|rang|woke|understood|shipped|wrote|drove|took|made|set|got|found|saw|gave|showed|spent|kept|put|sat|went|told|chose|began|brought|taught|caught|did|didn't|won|lost|learnt|rebuilt|rolled|cut|split|sent|held|met|paid|sold|threw|swapped|read|had (?:to|our|the|a|an|my|two|three|about|\\d)|was (?:the|responsible|leading|asked|working|trusting|about|on)|were (?:about|asked)|(?:was|were) [a-z]+ing)";

// The candidate's own work: first-person actions, concrete results and lessons.
export const EXPERIENCE: Lexicon = {
	name: 'experience',
	negatable: false,
	terms: [
		// lessons before actions: the first matching term wins, and "I learned" is a lesson
		...concept('lesson', ['i learn(?:ed|t)', 'we learn(?:ed|t)', 'lessons?', 'in hindsight', 'looking back', 'next time', "(?:i'd|i would) (?:do|have done) (?:\\w+ )?differently", 'what i(?:\'d| would) do differently', 'taught me', 'what i took (?:away|from (?:it|that))', 'i realized', 'i realised', 'surprised (?:me|us)', 'struggled', 'i now ']),
		...concept('action', [`${WHO}${ADV} ${PAST}`, 'my (?:role|job|task) was', `i was (?:the|responsible|leading|working|asked)`]),
		...concept('context', [
			'at my (?:last|previous|current|old) (?:company|job|role|team|startup|employer)', 'in my (?:last|previous|current) (?:role|job|team)', 'at (?:my|our) (?:company|startup)', 'last (?:year|quarter|summer|spring|autumn|fall|winter)',
			'side projects?', 'open[- ]source', 'at (?:the|a|an) (?:bank|insurer|hospital|clinic|retailer|startup|agency|firm|marketplace|school|university|charity|non-?profit|consultancy|scale-?up)', 'when i was at', 'hackathon', 'kaggle', 'when i was', 'a project where', 'on my team', 'my (?:side )?project', '(?:on|for) (?:a|an|our|my|the) [\\w-]+(?: [\\w-]+)? project', 'i worked on',
			'(?:a|our|the) (?:marketplace|startup|fintech|bank|retailer|insurer|hospital|clinic|agency|company) (?:i|we) ',
			'at an? [\\w-]+(?: [\\w-]+)? (?:company|startup|firm|bank|retailer|marketplace|agency|scale-?up|insurer|hospital|consultancy|platform)',
		]),
		...concept('result', [
			`${SHARE}`, `from ${COUNT}\\S* (?:\\w+ )?to ${COUNT}`, `${COUNT}(?: [\\w-]+){0,2} (?:users|customers|tickets|examples|weeks|days|months|hours|agents|teams|people|points|questions|sellers|transactions|messages|labels|clauses|documents|calls|stores|languages|markets|${SAMPLE_NOUN_LIST})`,
			'went (?:up|down) (?:by|to|from)', 'reduced', 'increased', 'improved', 'dropped', 'cut (?:\\w+ )?(?:by|from)', 'the result', 'as a result', 'outcome', 'doubled', 'halved',
		]),
	],
};

// Talking about AI in general: trends, predictions and opinions about the industry.
export const OPINION: Lexicon = {
	name: 'opinion',
	terms: [
		...concept('prediction', ['ai (?:will|is going to|could|can|has the potential)', 'will (?:transform|revolutioni[sz]e|change|reshape|disrupt|replace)', 'in the (?:near )?future', 'the future of', '(?:is|was|are|were) the future', 'where (?:things|the world|everything) is (?:going|heading)', 'going forward', 'next (?:few|five|ten) years', 'over time', 'eventually', 'soon']),
		...concept('industry', ['the industry', 'every (?:company|industry|business)', 'companies (?:are|need|should|will)', 'organi[sz]ations (?:are|need|should)', 'the market', 'everyone (?:is|will)', 'these days', 'nowadays', 'today\'s world', 'in general', 'generally', 'the (?:whole|entire) (?:industry|field|world)', 'society']),
		...concept('hype', ['transform(?:s|ed|ing|ation|ational|ative)?', 'revolution\\w*', 'game[- ]?chang\\w+', 'disrupt\\w*', 'paradigm', 'huge potential', 'incredible', 'exciting', 'amazing', 'powerful', 'unlock\\w*', 'massive', 'fascinat\\w+', 'passionate', 'the possibilities', 'the power of']),
		...concept('generic-subject', [
			'(?:ai|models|llms|the technology|technology) (?:is|are|will|can|can\'t|has|have|needs?|learns?) ', 'you (?:need|have to|can\'t|cannot|always|never|should|hear|see|get)', 'everyone', 'everybody', 'every (?:\\w+ )?(?:company|product|team|industry|business|board)',
			'(?:will|is going to|are going to) (?:need|be|change|put|become|replace|make|reshape)', 'the whole (?:software|market|industry|stack|field|world)', 'this space', 'the big (?:labs|players|companies|tech)', 'most companies', 'a lot of (?:companies|organi[sz]ations|teams|people)',
			"(?:companies|teams|businesses|pms|product managers|leaders|organi[sz]ations) (?:that|who) (?:\\w+ ){1,3}(?:will|are going to|won['’]t)", '(?:pms|product managers|leaders|businesses) (?:need|have|must) to',
			'way ahead', 'left behind', 'every (?:\\w+ )?(?:business|company) (?:makes|does|works|runs)',
		]),
		...concept('belief', ['i (?:believe|think|feel) (?:that )?(?:ai|llms|generative|the)', 'it(?:\'s| is) (?:important|crucial|critical|essential|key) (?:to|that)', 'in my (?:view|opinion)', 'i(?:\'m| am) (?:very )?(?:passionate|excited|fascinated)', 'should (?:always|really)', 'one (?:should|must|needs to)', 'you (?:need|have|want) to']),
	],
};

// Quantities as people say them: digits or words ("two hundred", "a few dozen", "ninety-five").

const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)';

/** A count: "200", "1,500", "two hundred", "a few hundred", "dozens of", "several". */
export const COUNT = `(?:\\d[\\d,.]*k?|${UNIT}(?:[- ](?:and )?${UNIT})*|a (?:few|couple)(?: of)?(?: (?:dozen|hundred|thousand))?|(?:a )?(?:few|several) (?:dozen|hundred|thousand)|dozens|hundreds|thousands|several)`;

/** A count large enough to be a test set ("two prompt versions" is not one): 10 or more. */
export const SAMPLE_COUNT = `(?:\\d{2,}[\\d,]*k?|\\d+k|(?:a few |several )?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)s?(?:[- ](?:and )?${UNIT})*|(?:a |one |two |three |five )(?:hundred|thousand)|dozens|hundreds|thousands)`;

/** A share: "90%", "ninety percent", "nine in ten", "half". */
export const SHARE = `(?:\\d[\\d.]*\\s?(?:%|percent)|\\d+ (?:times )?(?:in|out of|of) \\d+|${UNIT} times (?:in|out of) ${UNIT}|${UNIT}(?:[- ]${UNIT})* percent|${UNIT} (?:in|out of) ${UNIT}|half|a (?:third|quarter|fifth|tenth))`;

/** Things one collects to test an AI feature on. */
export const SAMPLE_NOUN_LIST =
	'examples|samples|conversations|queries|questions|prompts|tickets|cases|transcripts|emails|documents|paragraphs|transactions|consultations|entries|messages|photos|images|recordings|calls|meetings|notes|reviews|listings|contracts|articles|summaries|outputs|responses|pairs|items|records|chats|searches|requests|descriptions|replies';
export const SAMPLE_NOUNS = `(?:${SAMPLE_NOUN_LIST})`;

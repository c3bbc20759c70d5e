// Words of English news writing that attribution hangs on: reporting verbs, titles, pronouns, and the
// words that make a source anonymous. General vocabulary only, nothing tied to particular articles.

const verbForms = (stems: string): string[] => stems.split(/\s+/).filter(Boolean);

/**
 * Reporting verbs trusted wherever they stand in the sentence ("X said the plan is “…”"). Forms that are
 * as often nouns ("a call", "a demand", "the states", "a note") are left out.
 */
export const REPORTING_VERBS = new Set(verbForms(`
  say says said tells told adds added explains explained stated noted warns warned insists insisted argues argued asks
  asked writes wrote tweeted posted declares declared announces announced claimed confirms confirmed recalls recalled
  remarked observes observed stressed emphasises emphasised emphasizes emphasized acknowledges acknowledged admits admitted
  concedes conceded suggests suggested urges urged called describes described highlighted promised vowed pledged predicts
  predicted cautioned complained boasted joked quipped countered maintains maintained contends contended reiterates
  reiterated underlined underscored asserts asserted alleges alleged demanded hinted protested recounted commented whispered shouted
  exclaimed assured assures affirmed affirms saying adding telling noting warning insisting explaining stressing calling
  describing arguing asking claiming
`));

/** Verbs that report speech only right after a quote ("“No,” she replied."): elsewhere they mean other things. */
export const ADJACENT_ONLY_VERBS = new Set(verbForms(`
  reply replies replied respond responds responded continue continues continued begin begins began conclude concludes
  concluded answer answers answered retort retorts retorted
`));

/** Verbs whose subject may follow them right after a quote ("“…,” said Ms Grant."). */
export const INVERTIBLE_VERBS = new Set(verbForms(`
  say says said add adds added ask asks asked explain explains explained write writes wrote continue continues continued
  reply replies replied note notes noted recall recalls recalled declared declares affirmed affirms assured assures
  insisted insists warned warns
`));

/** Participles report speech but carry no subject of their own ("…, adding that …"). */
export const PARTICIPLES = /ing$/;

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
export const PLURAL_PRONOUNS = new Set(['they', 'we']);

/** Titles that stand before a name ("President Vera Lund") and that a later "the president" refers back to. */
export const TITLES = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'health minister', 'deputy prime minister', 'minister', 'president', 'vice president', 'vice-president', 'chancellor',
  'secretary of state', 'secretary-general', 'secretary general', 'secretary', 'governor', 'mayor', 'senator', 'congressman',
  'congresswoman', 'representative', 'ambassador', 'envoy', 'commissioner', 'premier', 'king', 'queen', 'prince', 'princess',
  'pope', 'general', 'admiral', 'colonel', 'captain', 'commander', 'chief executive', 'ceo', 'chairman', 'chairwoman',
  'chair', 'director', 'director general', 'director-general', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser',
  'advisor', 'national security adviser', 'national security advisor', 'judge', 'justice', 'speaker', 'sheriff',
  'police chief', 'fire chief', 'chief', 'chief officer', 'officer', 'leader', 'head', 'superintendent', 'inspector', 'professor', 'dean', 'coach',
  'manager', 'councillor', 'councilor', 'councilman', 'councilwoman', 'mp', 'senator', 'lawmaker', 'attorney general',
  'prosecutor', 'archbishop', 'bishop', 'rabbi', 'imam', 'emir', 'sheikh', 'chief minister',
];

/** Honorifics dropped from a name ("Mr Okafor" → "Okafor"). */
export const HONORIFICS = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady|rev|fr|sr|jr|herr|frau|mme|mlle|m)\.?$/i;

/** Words that make a subject an unnamed source ("an official", "two diplomats", "sources"). */
export const ANONYMOUS_START = /^(?:a|an|another|one|two|three|four|five|several|some|many|most|other|few|senior|unnamed|anonymous|officials?|sources?|people|analysts?|experts?|critics?|diplomats?|observers?|residents?|witnesses|aides?|insiders?|someone|somebody|nobody|no one|none)\b/i;

/** Groups that speak without a name ("researchers say", "Parents told the board"); not when a name follows ("Doctors Without Borders"). */
export const SOURCE_GROUPS = /^(?:researchers|scientists|economists|investigators|doctors|lawyers|activists|organi[sz]ers|advocates|authorities|protesters|opponents|supporters|voters|parents|students|teachers|workers|employees|staff|members|viewers|readers|locals|neighbou?rs|commentators|scholars|academics|campaigners|officers|negotiators|prosecutors)\b[^\p{Lu}]*$/iu;

/** Documents standing in for their issuer ("according to a statement", "the readout said"). */
export const DOCUMENT_NOUNS = /\b(?:statement|readout|reading|transcript|release|communiqu[eé]|report|filing|memo|letter|post|tweet|notice|summary|record|minutes)\b/i;

/** Words that end the subject search: a clause boundary lies between them and the verb. */
export const CLAUSE_WORDS = /\b(?:that|what|who|whom|which|while|and|but|as|because|when|if|after|before|since|where|whereas|although|though|so|then|to)\b/gi;

/** Adverbials and auxiliaries that can stand between a subject and its verb ("Lund on Wednesday said"). */
export const BETWEEN_SUBJECT_AND_VERB = /(?:\s+|^)(?:has|have|had|also|then|later|again|previously|earlier|repeatedly|once|reportedly|would|will|could|may|might|did|does|do|is|was|were|are|been|has also|had also|himself|herself|themselves|itself|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \w+ \d+|last (?:week|month|year|night)|this (?:week|month|year)|yesterday|today|tonight|recently|separately|further|too|not|never|always|often|only|just|quickly|publicly|privately|in a statement|in an interview)\s*$/i;

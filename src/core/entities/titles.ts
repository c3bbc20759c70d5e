// Honorifics and job titles: they precede names ("President Vera Lund", "Ms Ruiz") but are never
// part of them. Lower-case forms, without the abbreviation point.

/** Courtesy titles: "Mr Surname" refers to a person already named in full. */
export const HONORIFICS = new Set(
  'mr mrs ms miss mx dr prof sir dame lord lady madam mme mlle herr frau sr sra sheikh rev fr'.split(' '),
);

/** Words that head a title; any capitalised words before the last of them belong to the title too. */
export const TITLE_HEADS = new Set(
  `president vice-president vp premier chancellor minister secretary adviser advisor counselor counsellor spokesman
  spokeswoman spokesperson ambassador envoy commissioner chairman chairwoman chair chief director governor mayor senator
  sen representative rep congressman congresswoman lawmaker mp deputy general gen colonel col major maj captain capt
  lieutenant lt sergeant sgt admiral adm commander marshal judge justice prosecutor attorney king queen prince princess
  emperor pope cardinal bishop archbishop rabbi imam ayatollah patriarch leader speaker officer official ceo cfo coo
  founder executive manager administrator head professor analyst correspondent reporter editor columnist anchor host coach pm
  foreign-minister sheikh emir crown councillor councilor alderman sultan mla mpp mha mna strategist economist fellow
  sergeant-at-arms`.split(/\s+/).filter(Boolean),
);

/** Abbreviations written with a point that do not end a name run ("Sen. Mary", "St. Louis", "Christi C. Elwood"). */
export const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen col maj capt lt sgt adm st mt ft jr sr rev fr hon pres sec amb'.split(' '),
);

/** Name suffixes that stay in a name. */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-case particles allowed inside names and organisation names. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'el', 'ibn', '&']);

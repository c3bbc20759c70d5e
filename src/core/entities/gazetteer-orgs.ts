// General organisation knowledge: well-known international bodies with their acronyms, news and
// photo agencies, platforms, and buildings that stand for a government ("the Kremlin said").
// Canonical spelled-out name first, then other names and acronyms.

const ORGANIZATIONS = `United Nations;UN;U.N.|North Atlantic Treaty Organization;NATO;Nato|European Union;EU;E.U.
European Commission|European Council|European Parliament|European Central Bank;ECB|Council of Europe
Organization for Security and Co-operation in Europe;OSCE|International Monetary Fund;IMF|World Bank
World Health Organization;WHO|World Trade Organization;WTO|International Atomic Energy Agency;IAEA
International Criminal Court;ICC|International Court of Justice;ICJ|Group of Seven;G7;G-7|Group of Twenty;G20;G-20
Organization of the Petroleum Exporting Countries;OPEC|African Union;AU|Association of Southeast Asian Nations;ASEAN
Commonwealth of Independent States;CIS|Collective Security Treaty Organization;CSTO|Shanghai Cooperation Organisation;SCO
Red Cross;International Committee of the Red Cross;ICRC|Amnesty International|Human Rights Watch|Greenpeace
Doctors Without Borders;Médecins Sans Frontières;MSF|UNICEF|UNESCO|UNHCR|Interpol|Europol|Frontex
Central Intelligence Agency;CIA|Federal Bureau of Investigation;FBI|National Security Agency;NSA|Pentagon
Federal Security Service;FSB|Federal Reserve;Fed|Securities and Exchange Commission;SEC
Reuters|Associated Press;AP|Agence France-Presse;AFP|Bloomberg|Bloomberg News|Getty Images|Getty|Shutterstock
European Pressphoto Agency;EPA|Xinhua|TASS;Tass|RIA Novosti;RIA|Interfax|Sputnik|Anadolu Agency;Anadolu|Yonhap|Kyodo
Press Trust of India;PTI|PA Media;PA;Press Association|RT;Russia Today|Press TV|CGTN|Deutsche Welle;DW|France 24|Euronews
NHK|Kyodo News|Yomiuri Shimbun|South China Morning Post;SCMP|Times of India|Al Arabiya|Deutsche Presse-Agentur;dpa|ANSA|EFE|Antara|Bernama|BBC|CNN|Al Jazeera|NPR|PBS|ABC News
CBS News|NBC News|Fox News|Sky News|Financial Times|New York Times|Washington Post|Wall Street Journal|The Guardian;Guardian
The Economist|Le Monde|Der Spiegel|Kyiv Independent|Politico|Axios|Twitter|X Corp|Facebook|Meta|Instagram|YouTube|Google
Telegram|TikTok|WhatsApp|Microsoft|Apple|Amazon|Gazprom|Rosneft|Naftogaz|Kremlin|White House|Downing Street
Tesla|Siemens|Samsung|Toyota|Volkswagen|Boeing|Airbus|Shell|BP|ExxonMobil;Exxon|Chevron|Nvidia|Intel|IBM|Sony|Huawei|Alibaba
Tencent|OpenAI|Netflix|Pfizer|Moderna|AstraZeneca|Nestlé;Nestle|Unilever|Walmart|BYD|Hyundai|Honda|Nissan|Renault|Stellantis
Aramco;Saudi Aramco|TotalEnergies|Glencore|Rio Tinto|BHP|Goldman Sachs|JPMorgan Chase;JPMorgan|Morgan Stanley|BlackRock
HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|Nasdaq|New York Stock Exchange;NYSE|London Stock Exchange;LSE
Élysée;Elysee;Élysée Palace;Elysee Palace|Bundestag|Knesset|Duma;State Duma|Congress|Senate|House of Representatives
Supreme Court|Labour Party;Labour|Conservative Party;Conservatives;Tories|Liberal Democrats;Lib Dems
Democratic Party;Democrats|Republican Party;Republicans;GOP|Green Party;Greens|Hamas|Hezbollah|Taliban|Wagner Group;Wagner|Islamic State;ISIS;ISIL
Al-Shabaab;al-Shabaab;Al Shabaab;Shabaab|Al-Qaeda;al-Qaeda;Al Qaeda;al-Qaida;Al-Qaida|Boko Haram`;

export interface OrgEntry {
  canonical: string;
  /** The short form writers use most ("NATO"), when the entry has one. */
  acronym?: string;
}

/** Lower-cased name, acronym or variant → its entry. */
export function buildOrgIndex(): Map<string, OrgEntry> {
  const index = new Map<string, OrgEntry>();
  for (const item of ORGANIZATIONS.split(/[|\n]/)) {
    const names = item.split(';').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) continue;
    const acronym = names.find((n) => /^[A-Z][A-Z0-9.-]+$/.test(n));
    const entry: OrgEntry = { canonical: names[0], acronym };
    for (const n of names) {
      for (const spelling of spellingsOf(n.toLowerCase())) if (!index.has(spelling)) index.set(spelling, entry);
    }
  }
  return index;
}

/** British and American spellings writers swap freely: "Organisation"/"Organization", "Co-operation"/"Cooperation". */
const SPELLING_PAIRS: [britishPattern: RegExp, americanForm: string, americanPattern: RegExp, britishForm: string][] = [
  [/isation/g, 'ization', /ization/g, 'isation'],
  [/co-operation/g, 'cooperation', /cooperation/g, 'co-operation'],
  [/centre/g, 'center', /center/g, 'centre'],
  [/defence/g, 'defense', /defense/g, 'defence'],
];

/** A lower-cased name in every mix of British and American spellings ("organisation … cooperation" too). */
function spellingsOf(name: string): string[] {
  let spellings = [name];
  for (const [britishPattern, americanForm, americanPattern, britishForm] of SPELLING_PAIRS) {
    spellings = [...new Set(spellings.flatMap((s) => [s, s.replace(britishPattern, americanForm), s.replace(americanPattern, britishForm)]))];
  }
  return spellings;
}

/** Last words that make a capitalised phrase an organisation, whatever precedes them. */
export const ORG_HEADS = new Set(
  `department ministry council agency committee commission embassy consulate parliament senate congress assembly court
  tribunal bank party union university college institute institution school academy hospital corporation corp inc ltd llc plc
  co group company companies association federation foundation fund office service services forces force army navy police
  guard administration authority bureau board network television radio times post news press journal herald tribune
  gazette telegraph daily weekly review magazine observer chronicle airlines airways railways organization organisation
  alliance coalition movement front league society club team church federal cabinet secretariat directorate command
  intelligence commission summit media images photos studios labs laboratories holdings industries systems technologies
  wire newswire broadcasting robotics motors pharmaceuticals pharma capital partners ventures securities insurance foods
  logistics telecom communications electronics software solutions enterprises brands resources minerals mining petroleum
  steel chemicals materials therapeutics biotech entertainment pictures games energy automotive aerospace storage shipping
  engineering construction trading consulting consultancy terminals utilities branch division inspectorate trust charity
  watch newsroom newsdesk channel international studio studios estates properties gmbh ag sa nv spa bv mart programme
  program`
    .split(/\s+/).filter(Boolean),
);

/** Last words that make a capitalised phrase a place. */
export const PLACE_HEADS = new Set(
  `sea ocean river mountains mountain mount island islands peninsula gulf bay strait straits lake valley province county
  state region oblast district city town village square street avenue boulevard airport port harbour harbor canal desert
  coast border plain plains basin heights highlands forest park bridge highway station mall road lane drive
  freeway expressway motorway terminal stadium arena quay wharf pier docks dockyard marina estuary creek reservoir
  lagoon fjord glacier falls plaza piazza embankment promenade`.split(/\s+/).filter(Boolean),
);

// General-purpose place knowledge of the kind any NER library ships: countries with their usual
// short forms, capitals and major cities, and transliteration variants. Nothing article-specific.

/** Countries and former states: canonical name first, then other names and abbreviations. */
const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina;Bosnia|Botswana|Brazil
Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China;PRC
Colombia|Comoros|Congo;Republic of the Congo|Democratic Republic of the Congo;DRC;DR Congo|Costa Rica|Croatia|Cuba|Cyprus
Czech Republic;Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor;Timor-Leste|Ecuador|Egypt|El Salvador
Equatorial Guinea|Eritrea|Estonia|Eswatini;Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece
Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy
Ivory Coast;Côte d'Ivoire|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon
Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar;Burma|Namibia|Nauru
Nepal|Netherlands;Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea;DPRK|North Macedonia;Macedonia|Norway|Oman
Pakistan|Palau|Palestine;Palestinian Territories|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar
Romania|Russia;Russian Federation|Rwanda|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone
Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea;Republic of Korea|South Sudan|Spain|Sri Lanka
Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia
Turkey;Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates;UAE|United Kingdom;UK;U.K.;Britain;Great Britain
United States;US;U.S.;USA;U.S.A.;United States of America;America|Uruguay|Uzbekistan|Vanuatu|Vatican;Vatican City;Holy See
Venezuela|Vietnam;Viet Nam|Yemen|Zambia|Zimbabwe|Soviet Union;USSR;U.S.S.R.|Yugoslavia|Czechoslovakia|East Germany
West Germany|England|Scotland|Wales|Northern Ireland|Greenland|Puerto Rico|Hong Kong|Macau|Gaza;Gaza Strip|West Bank
Crimea|Donbas;Donbass|Kashmir|Tibet|Xinjiang|Chechnya|Kurdistan|Catalonia|Siberia|Transnistria|Abkhazia|South Ossetia
Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Middle East|Balkans|Caucasus|Scandinavia
Baltics|Sahel|Arctic|Eastern Europe|Western Europe|Central Asia|Southeast Asia|Indo-Pacific
Atlantic;Atlantic Ocean|Pacific;Pacific Ocean|Indian Ocean|Mediterranean;Mediterranean Sea|Baltic Sea|North Sea|Black Sea
Caribbean|Red Sea|South China Sea|Persian Gulf|English Channel`;

/** Capitals and major cities, with transliteration variants after ";". */
const CITIES = `Washington;Washington DC;Washington, D.C.|New York;New York City;NYC|Los Angeles|Chicago|Houston|Boston|San Francisco
Miami|Seattle|Atlanta|Philadelphia|Dallas|Detroit|Ottawa|Toronto|Montreal|Vancouver|Mexico City|Havana|Caracas|Bogotá;Bogota
Lima|Santiago|Buenos Aires|Brasília;Brasilia|São Paulo;Sao Paulo|Rio de Janeiro|Montevideo|Quito|La Paz|London|Paris|Berlin
Madrid|Barcelona|Rome|Milan|Lisbon|Dublin|Brussels|Amsterdam|The Hague|Luxembourg City|Bern|Geneva|Zurich|Vienna|Prague
Warsaw|Budapest|Bratislava|Ljubljana|Zagreb|Belgrade|Sarajevo|Podgorica|Skopje|Tirana|Sofia|Bucharest|Chisinau;Chișinău
Athens|Nicosia|Valletta|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Tallinn|Riga|Vilnius|Minsk|Kyiv;Kiev|Kharkiv;Kharkov
Odesa;Odessa|Lviv;Lvov|Mariupol|Donetsk|Luhansk;Lugansk|Sevastopol|Simferopol|Moscow|St Petersburg;St. Petersburg;Saint Petersburg
Ankara|Istanbul|Tbilisi|Yerevan|Baku|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Doha|Dubai|Abu Dhabi
Muscat|Sanaa;Sana'a|Kuwait City|Manama|Cairo|Tripoli|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Kampala
Kigali|Dar es Salaam|Lagos|Abuja|Accra|Dakar|Bamako|Niamey|Kinshasa|Luanda|Johannesburg|Pretoria|Cape Town|Harare|Lusaka
Maputo|Kabul|Islamabad|Karachi|Lahore|New Delhi;Delhi|Mumbai;Bombay|Kolkata;Calcutta|Chennai;Madras|Bangalore;Bengaluru
Dhaka|Kathmandu|Colombo|Beijing;Peking|Shanghai|Hong Kong|Guangzhou|Shenzhen|Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang
Ulaanbaatar|Hanoi|Ho Chi Minh City;Saigon|Bangkok|Phnom Penh|Vientiane|Yangon;Rangoon|Naypyidaw|Kuala Lumpur|Singapore
Jakarta|Manila|Canberra|Sydney|Melbourne|Wellington|Auckland|Astana;Nur-Sultan|Almaty|Tashkent|Bishkek|Dushanbe|Ashgabat
Davos|Strasbourg|Frankfurt|Munich|Hamburg|Brussels|Sochi|Vladivostok|Minneapolis|Phoenix|Denver|Anchorage|Honolulu`;

/** US states and other well-known sub-national regions (ambiguous ones such as Georgia sit with the countries). */
const REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada
New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Ontario|Quebec
California;Calif|Colorado;Colo|Connecticut;Conn|Oklahoma;Okla|Tennessee;Tenn|Minnesota;Minn|Michigan;Mich|Arizona;Ariz
Nevada;Nev|Nebraska;Neb|Florida;Fla|Alabama;Ala|Arkansas;Ark|Wyoming;Wyo|Wisconsin;Wis|British Columbia|Alberta|Bavaria|Kent|Yorkshire|Queensland|Punjab|Bengal|Kerala|Sichuan|Guangdong|Hokkaido|;Okinawa
Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador;Newfoundland|Prince Edward Island|Yukon|Nunavut
Northwest Territories`

export interface PlaceEntry {
  canonical: string;
  kind: 'country' | 'city' | 'region';
}

/** Lower-cased name or variant → its entry. */
export function buildPlaceIndex(): Map<string, PlaceEntry> {
  const index = new Map<string, PlaceEntry>();
  const add = (block: string, kind: PlaceEntry['kind']) => {
    for (const item of block.split(/[|\n]/)) {
      const names = item.split(';').map((s) => s.trim()).filter(Boolean);
      if (names.length === 0) continue;
      const entry = { canonical: names[0], kind };
      for (const n of names) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), entry);
    }
  };
  add(COUNTRIES, 'country');
  add(CITIES, 'city');
  add(REGIONS, 'region');
  return index;
}

/** Demonyms and adjectives of place → the country or region (for "Russian Defence Ministry"-style names). */
const DEMONYMS = `American:United States|British:United Kingdom|Russian:Russia|Ukrainian:Ukraine|Chinese:China|French:France
German:Germany|Italian:Italy|Spanish:Spain|Japanese:Japan|Korean:South Korea|South Korean:South Korea|North Korean:North Korea
Indian:India|Pakistani:Pakistan|Iranian:Iran|Iraqi:Iraq|Syrian:Syria|Israeli:Israel|Palestinian:Palestine|Turkish:Turkey
Egyptian:Egypt|Saudi:Saudi Arabia|Canadian:Canada|Mexican:Mexico|Brazilian:Brazil|Argentine:Argentina|Australian:Australia
Polish:Poland|Czech:Czech Republic|Slovak:Slovakia|Hungarian:Hungary|Romanian:Romania|Bulgarian:Bulgaria|Greek:Greece
Dutch:Netherlands|Belgian:Belgium|Swiss:Switzerland|Austrian:Austria|Swedish:Sweden|Norwegian:Norway|Danish:Denmark
Finnish:Finland|Estonian:Estonia|Latvian:Latvia|Lithuanian:Lithuania|Belarusian:Belarus|Moldovan:Moldova|Georgian:Georgia
Armenian:Armenia|Azerbaijani:Azerbaijan|Kazakh:Kazakhstan|Afghan:Afghanistan|Indonesian:Indonesia|Vietnamese:Vietnam
Thai:Thailand|Filipino:Philippines|Malaysian:Malaysia|Nigerian:Nigeria|Kenyan:Kenya|Ethiopian:Ethiopia|Irish:Ireland
Portuguese:Portugal|Serbian:Serbia|Croatian:Croatia|Taiwanese:Taiwan|Venezuelan:Venezuela|Cuban:Cuba|Colombian:Colombia
Chilean:Chile|Peruvian:Peru|Lebanese:Lebanon|Jordanian:Jordan|Qatari:Qatar|Emirati:United Arab Emirates|Yemeni:Yemen
Libyan:Libya|Sudanese:Sudan|Somali:Somalia|Moroccan:Morocco|Algerian:Algeria|Tunisian:Tunisia|Soviet:Soviet Union
European:Europe|African:Africa|Asian:Asia|Western:West|Eastern:East|Arab:Arab world|Scottish:Scotland|Welsh:Wales
English:England|Kurdish:Kurdistan|Crimean:Crimea|Chechen:Chechnya|Tibetan:Tibet|Catalan:Catalonia|Nordic:Scandinavia
Kurd:Kurdistan|Serb:Serbia|Croat:Croatia|Turk:Turkey|Swede:Sweden|Briton:United Kingdom`;

/** Lower-cased demonym (singular and plural) → the place it names. */
export function buildDemonymIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const item of DEMONYMS.split(/[|\n]/)) {
    const [adj, place] = item.split(':');
    if (!adj || !place) continue;
    index.set(adj.toLowerCase(), place);
    // "Kestrians", "Iraqis", "Chechens", "Kurds"; not "Frenchs", "Chineses".
    if (!/(?:s|sh|ch|se)$/.test(adj)) index.set(`${adj.toLowerCase()}s`, place);
  }
  return index;
}

// A deterministic corpus of invented news articles on one story, for `npm run bench:corpus`.
// Every name, place, organisation and quote here is made up. Articles share a cast and a bank of
// quotes (reworded a little from outlet to outlet), so names reconcile and quotes group across
// articles the way they do in a real story; figures, order and filler differ in every article.

/** mulberry32: a small seeded generator, so the same seed always gives the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Mara', 'Tomas', 'Ines', 'Pavel', 'Odile', 'Rafael', 'Helen', 'Kwame', 'Sunniva', 'Dario', 'Leena', 'Bogdan', 'Aurelie', 'Nkem', 'Yusra', 'Casimir', 'Mirela', 'Osvaldo', 'Thandi', 'Eamon', 'Greta', 'Ilse', 'Jarek', 'Noor', 'Petra', 'Quentin', 'Rosalind', 'Stellan', 'Ulla', 'Vikram'];
const SURNAMES = ['Quill', 'Brannigan', 'Okafor', 'Castell', 'Varga', 'Lindqvist', 'Mbeki', 'Arrowsmith', 'Delacroix', 'Hrytsenko', 'Oyelaran', 'Pemberton', 'Sandoval', 'Tiernan', 'Ueda', 'Voskuijlen', 'Whitlow', 'Yardley', 'Zamfir', 'Achterberg', 'Bellweather', 'Corrigan', 'Dunmore', 'Esterhazy', 'Fairbairn', 'Gallacher', 'Holloway', 'Iversen', 'Jovanovic', 'Kettering'];
const ROLES = ['the port director', 'the harbour master', 'a union organiser', 'the transport minister', 'a city councillor', 'the mayor', 'a spokesperson for the ministry', 'the chief engineer', 'a local shopkeeper', 'an economist', 'the police commissioner', 'a dock worker', 'the opposition leader', 'a flood warden', 'the company chief executive'];
const ORGS = ['Estuary Trust', 'the Harbour Workers Union', 'Northgate Shipping', 'the Ministry of Transport', 'Calder Port Authority', 'the Coastal Insurance Board', 'Meridian Freight', 'the National Rail Company', 'Brightwater Council', 'the Chamber of Commerce', 'Halvard Engineering', 'the Weather Office', 'Ostrava Logistics', 'the Red Cross', 'Pellham University'];
const PLACES = ['Calder', 'Brightwater', 'Northgate', 'Lowmoor', 'Eastreach', 'the Varn estuary', 'Kessington', 'Port Arden', 'Millbrook', 'Ashford Quay', 'Dunlin Bay', 'Corvel', 'Harrowgate', 'Saltmarsh', 'the Fenner valley'];
const OUTLETS = ['Lakeside Courier', 'Harbour Gazette', 'Northern Ledger', 'Coastal Times', 'Daily Estuary', 'Calder Post', 'Evening Wire', 'Morning Register'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const QUOTE_OPENERS = ['We are', 'Nobody is', 'The city is', 'Our members are', 'This port has', 'The government will', 'I have', 'Families here are', 'The company has', 'We will not be', 'There is', 'Every ship that'];
const QUOTE_MIDDLES = ['doing everything we can to reopen the quay', 'not going to accept a deal that cuts wages', 'waiting for the water to go down before we count the damage', 'facing the worst season in thirty years', 'asking for nothing more than a fair hearing', 'ready to talk as soon as the barriers are safe', 'seen nothing like this since the storm of the nineties', 'spending the night in school halls and churches', 'lost contracts worth millions already', 'moving the cranes to higher ground this week', 'pushed aside while the insurers argue', 'told the ministry that the sea wall needs money now'];
const QUOTE_ENDS = ['and we will keep going', 'whatever the insurers say', 'because people need their jobs back', 'until the last family is home', 'and that is the truth of it', 'but we need help from the capital', 'and I am not ashamed to say so', 'which is simply not good enough'];
const VERBS = ['said', 'told reporters', 'said on Tuesday', 'added', 'warned', 'insisted'];

const FILLER = [
  'Water levels at {place} rose by {n} centimetres overnight, according to figures from {org}.',
  'The closure has stranded {n} containers and left {m} lorries queuing on the approach roads to {place}.',
  'Officials estimate the cost of repairs at {money}, though insurers have yet to publish their own assessment.',
  'In {place}, volunteers filled sandbags through the night while pumps ran outside the old customs house.',
  '{org} said it had moved {n} staff to temporary offices and would review the schedule on {day}.',
  'Shipping lines diverted {m} vessels to {place2}, where berths were already close to capacity.',
  'Residents of {place} described streets turned into rivers and cars carried against the harbour wall.',
  'The talks, which began in {month}, stalled after the two sides disagreed over overtime and safety checks.',
  'Freight volumes through the port fell by {pct} per cent last quarter, the lowest figure since records began.',
  'A report by {org} last year warned that the sea wall at {place} would not withstand a surge of that size.',
  'Schools in {place} and {place2} stayed closed, and the rail line between them remained suspended.',
  'Shares in {org} fell {pct} per cent in early trading before recovering some of the losses by the afternoon.',
  'About {n} homes were without power on {day}, and engineers said some would wait until the weekend.',
  'The ministry has promised an inquiry, but no date has been set and no chair has been named.',
];

export interface NewsCorpus {
  files: { name: string; text: string }[];
  words: number;
}

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

/** `count` articles of about `wordsPerArticle` words each; the same arguments always give the same texts. */
export function buildNewsCorpus(count = 1000, wordsPerArticle = 750, seed = 13): NewsCorpus {
  const rnd = random(seed);
  const cast = Array.from({ length: 40 }, (_v, i) => ({
    given: GIVEN[i % GIVEN.length],
    surname: SURNAMES[(i * 7) % SURNAMES.length],
    role: ROLES[i % ROLES.length],
    org: ORGS[i % ORGS.length],
  }));
  // The quote bank: what the cast says, over and over, across outlets.
  const bank = Array.from({ length: 240 }, () => ({
    speaker: Math.floor(rnd() * cast.length),
    text: `${pick(rnd, QUOTE_OPENERS)} ${pick(rnd, QUOTE_MIDDLES)}, ${pick(rnd, QUOTE_ENDS)}.`,
  }));
  const files: { name: string; text: string }[] = [];
  let words = 0;
  for (let a = 0; a < count; a++) {
    const outlet = pick(rnd, OUTLETS);
    const place = pick(rnd, PLACES);
    const day = 1 + Math.floor(rnd() * 28);
    const month = pick(rnd, MONTHS);
    const reporter = `${pick(rnd, GIVEN)} ${pick(rnd, SURNAMES)}`;
    const lines = [
      `${place.replace(/^the /, 'The ')} port shut as ${pick(rnd, ['flood', 'strike', 'storm surge', 'talks'])} ${pick(rnd, ['enters second week', 'deepens', 'leave thousands stranded', 'stall again'])}`,
      '',
      `By ${reporter}, ${outlet}`,
      `${day} ${month} 2024`,
      '',
    ];
    let body = 0;
    const introduced = new Set<number>();
    while (body < wordsPerArticle) {
      let paragraph: string;
      if (rnd() < 0.45) {
        const q = pick(rnd, bank);
        const who = cast[q.speaker];
        let text = q.text;
        if (rnd() < 0.3) text = text.replace(/\bwe\b/g, 'we all').replace('this week', 'in the coming days');
        const verb = pick(rnd, VERBS);
        if (!introduced.has(q.speaker)) {
          introduced.add(q.speaker);
          paragraph = `“${text.replace(/\.$/, ',')}” ${verb.startsWith('said') ? 'said' : verb} ${who.given} ${who.surname}, ${who.role} at ${who.org}.`;
        } else if (rnd() < 0.5) {
          paragraph = `${who.surname} ${verb} that the situation was changing by the hour. “${text}”`;
        } else {
          paragraph = `“${text.replace(/\.$/, ',')}” ${who.surname} ${verb}.`;
        }
      } else {
        const sentences: string[] = [];
        for (let s = 0; s < 2 + Math.floor(rnd() * 3); s++) {
          sentences.push(
            pick(rnd, FILLER)
              .replace('{place}', pick(rnd, PLACES))
              .replace('{place2}', pick(rnd, PLACES))
              .replace('{org}', pick(rnd, ORGS))
              .replace('{n}', String(10 + Math.floor(rnd() * 990)))
              .replace('{m}', (100 + Math.floor(rnd() * 9900)).toLocaleString('en-US'))
              .replace('{money}', `£${1 + Math.floor(rnd() * 90)}m`)
              .replace('{pct}', String(1 + Math.floor(rnd() * 40)))
              .replace('{day}', pick(rnd, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']))
              .replace('{month}', pick(rnd, MONTHS)),
          );
        }
        paragraph = sentences.join(' ').replace(/^the /, 'The ').replace(/\. the /g, '. The ');
      }
      lines.push(paragraph, '');
      body += paragraph.split(/\s+/).length;
    }
    const text = lines.join('\n');
    words += text.match(/\S+/g)?.length ?? 0;
    files.push({ name: `${String(a).padStart(4, '0')}-${outlet.toLowerCase().replace(/\s+/g, '-')}.txt`, text });
  }
  return { files, words };
}

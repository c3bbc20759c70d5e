// `npx tsx scripts/make-sample-sidecars.ts [--check]`: writes the sample corpus's human decisions
// (samples/*.crosscheck.json and samples/crosscheck.claims.json) from the table below. Anchors are
// computed from the article text, so offsets, prefixes and suffixes are exact; ids are derived from
// a hash of what they name, so running the script again changes nothing. The files are written by
// the storage layer's own serializers and re-read by its validators: any diagnostic is a failure.
// --check only compares with what is on disk (exit 1 when stale).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { makeAnchor } from '../src/core/anchoring/selectors';
import { parseClaimsRegistry, serializeClaimsRegistry } from '../src/core/storage/claims';
import {
  CLAIMS_FILE,
  CLAIMS_VERSION,
  SIDECAR_SUFFIX,
  SIDECAR_VERSION,
  type AliasOverride,
  type Annotation,
  type Claim,
  type ClaimsRegistry,
  type Sidecar,
  type SourceMeta,
  type Stance,
  type TextAnchor,
} from '../src/core/storage/model';
import { parseSidecar, serializeSidecar } from '../src/core/storage/sidecar';

const SAMPLES = path.resolve(__dirname, '..', 'samples');

/** "a_"/"c_"/"o_" + 12 base-36 characters taken from a hash of `key`: random-looking, but stable. */
function stableId(prefix: string, key: string): string {
  const digest = BigInt('0x' + createHash('sha256').update(key).digest('hex').slice(0, 16));
  return prefix + (digest % 36n ** 12n).toString(36).padStart(12, '0');
}

// ---- The claims registry ---------------------------------------------------------------------

interface ClaimSpec extends Omit<Claim, 'id'> {
  key: string;
}

const CLAIMS: ClaimSpec[] = [
  {
    key: 'evacuated-1200',
    text: 'About 1,200 residents of Saltmarsh were evacuated overnight.',
    status: 'disputed',
    claimant: 'Meridian Wire, citing officials',
    notes: 'Figures differ by outlet: about 1,200 (Meridian Wire, ABN News, Jornal do Tejo), about 1,300 (National Ledger), 1,500 (Elsworth Courier, citing the city council), 1,480 (council figure reported by The Tideline), nearly 2,000 (The Tideline, unattributed). Ask the council for its written figure.',
    created: '2026-03-05T09:12:00+01:00',
    modified: '2026-03-05T11:40:00+01:00',
  },
  {
    key: 'union-warned-valves',
    text: 'The dockworkers\' union warned Halvorsen and the port authority about leaking valves at Kestrel Quay in 2024.',
    status: 'unverified',
    claimant: 'Gareth Pryce (NUPHW)',
    notes: 'Halvorsen says it has no record of a formal complaint; the port authority confirms unspecified correspondence from the union in 2024. We have not seen the letter.',
    created: '2026-03-05T09:20:00+01:00',
    modified: '2026-03-05T10:05:00+01:00',
  },
  {
    key: 'ammonia-normal-by-morning',
    text: 'Ammonia levels in Saltmarsh were back to normal by Tuesday morning.',
    status: 'supported',
    claimant: 'Health Protection Agency',
    created: '2026-03-05T09:31:00+01:00',
    modified: '2026-03-05T09:58:00+01:00',
  },
  {
    key: 'fire-never-reached-tanks',
    text: 'The fire never reached the ammonia storage tanks.',
    status: 'needs-context',
    claimant: 'Tomas Brannigan, Chief Fire Officer',
    notes: 'True of the flames, but a Halvorsen source quoted by Jornal do Tejo says one tank\'s insulation was damaged by the heat; the fire service has not confirmed.',
    created: '2026-03-05T09:44:00+01:00',
    modified: '2026-03-05T12:15:00+01:00',
  },
  {
    key: 'fire-started-on-tanker',
    text: 'The fire started aboard the tanker Corvina Star.',
    status: 'false',
    claimant: 'The Tideline; an early version of the ABN News report',
    notes: 'The fire service says it started in a pump house on the quay; ABN News corrected its report and the ship\'s captain says the fire was on land.',
    created: '2026-03-05T10:02:00+01:00',
    modified: '2026-03-05T10:30:00+01:00',
  },
];

const claimId = (key: string): string => stableId('c_', `claim:${key}`);

const ALIAS_OVERRIDES: AliasOverride[] = [
  {
    id: stableId('o_', 'merge:Atlântica Shipping'),
    kind: 'merge',
    canonical: 'Atlântica Shipping',
    aliases: ['Atlantica Shipping'],
    type: 'organization',
  },
];

// ---- Decisions per article -------------------------------------------------------------------

type Decision =
  | { kind: 'evidence'; claim: string; stance: Stance }
  | { kind: 'speaker'; speaker: string | null }
  | { kind: 'quote'; speaker: string | null }
  | { kind: 'entity'; name: string; entityType: 'person' | 'organization' | 'place' }
  | { kind: 'suppress'; layer: 'quote' | 'entity' }
  | { kind: 'note' };

type DecisionSpec = Decision & {
  /** The passage; must occur once in the article, or once inside `within`. */
  exact: string;
  within?: string;
  note?: string;
  created: string;
  modified?: string;
};

interface ArticleSpec {
  file: string;
  source: SourceMeta;
  decisions: DecisionSpec[];
}

const ARTICLES: ArticleSpec[] = [
  {
    file: '01-meridian-wire-ammonia-fire.txt',
    source: { title: 'Ammonia fire at Port Elsworth terminal forces overnight evacuation, minister orders inquiry', outlet: 'Meridian Wire', byline: 'Nadia Petrescu', date: '2026-03-03' },
    decisions: [
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'supports', exact: 'forced the overnight evacuation of about 1,200 residents', created: '2026-03-05T09:14:00+01:00' },
      { kind: 'evidence', claim: 'fire-started-on-tanker', stance: 'disputes', exact: 'The fire broke out shortly before midnight on Monday in a pump house at Kestrel Quay', created: '2026-03-05T10:04:00+01:00' },
      { kind: 'entity', name: 'Kestrel Quay', entityType: 'place', exact: 'Kestrel Quay', within: 'in a pump house at Kestrel Quay', created: '2026-03-05T09:15:00+01:00' },
      { kind: 'evidence', claim: 'fire-never-reached-tanks', stance: 'supports', exact: 'the flames had come within a few metres of two storage tanks', created: '2026-03-05T09:46:00+01:00' },
      { kind: 'evidence', claim: 'union-warned-valves', stance: 'supports', exact: 'We warned them about the valves at Kestrel Quay eighteen months ago. Nobody listened', created: '2026-03-05T09:22:00+01:00' },
      { kind: 'evidence', claim: 'ammonia-normal-by-morning', stance: 'supports', exact: 'The agency said levels had returned to normal by 9 a.m.', created: '2026-03-05T09:33:00+01:00' },
    ],
  },
  {
    file: '02-national-ledger-inquiry.txt',
    source: { title: '‘Leave no stone unturned’: Mercer under pressure as Port Elsworth counts the cost of ammonia fire', outlet: 'The National Ledger', byline: 'Martin Achterberg', date: '2026-03-04' },
    decisions: [
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'disputes', exact: 'forced about 1,300 people from their homes', created: '2026-03-05T09:16:00+01:00' },
      { kind: 'speaker', speaker: 'Abena Castell', exact: 'She listened. Now I want to see what she does.', note: '“she said” follows a mention of the minister, but the answer is the mayor\'s.', created: '2026-03-05T10:20:00+01:00' },
      { kind: 'evidence', claim: 'union-warned-valves', stance: 'disputes', exact: 'We have no record of any formal complaint about the valves at Kestrel Quay', created: '2026-03-05T09:25:00+01:00' },
      { kind: 'evidence', claim: 'union-warned-valves', stance: 'mentions', exact: 'received correspondence from the NUPHW on a range of matters in 2024', note: 'Confirms letters, not their content.', created: '2026-03-05T09:27:00+01:00', modified: '2026-03-05T10:05:00+01:00' },
      { kind: 'evidence', claim: 'ammonia-normal-by-morning', stance: 'supports', exact: 'readings had returned to “normal background levels” by Tuesday morning', created: '2026-03-05T09:35:00+01:00' },
    ],
  },
  {
    file: '03-elsworth-courier-saltmarsh-night.txt',
    source: { title: '“I didn’t even find my glasses”: Saltmarsh residents describe night of the Kestrel Quay fire', outlet: 'The Elsworth Courier', byline: 'Kirsty Lomax', date: '2026-03-03' },
    decisions: [
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'disputes', exact: 'Some 1,500 Saltmarsh residents were ordered out of their homes', created: '2026-03-05T09:17:00+01:00' },
      { kind: 'evidence', claim: 'fire-never-reached-tanks', stance: 'supports', exact: 'the fire never reached the two ammonia tanks', created: '2026-03-05T09:48:00+01:00' },
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'disputes', exact: 'About 1,500 people from Saltmarsh were evacuated (Port Elsworth City Council figure).', created: '2026-03-05T09:18:00+01:00' },
      { kind: 'suppress', layer: 'quote', exact: 'Tides of Neglect', note: 'A documentary title in the donation appeal, not speech.', created: '2026-03-05T10:40:00+01:00' },
    ],
  },
  {
    file: '04-abn-news-kestrel-quay.md',
    source: { title: 'Port Elsworth fire: Inquiry ordered after ammonia blaze forces 1,200 from homes', outlet: 'ABN News', byline: 'Sam Whitlock', date: '2026-03-03', url: 'https://abn.example/news/port-elsworth-fire' },
    decisions: [
      { kind: 'evidence', claim: 'fire-started-on-tanker', stance: 'disputes', exact: 'The fire service says it started in a pump house on Kestrel Quay.', note: 'The correction notice: the first version of this report carried the claim.', created: '2026-03-05T10:06:00+01:00' },
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'supports', exact: 'forced about 1,200 people to leave their homes overnight', created: '2026-03-05T09:19:00+01:00' },
      { kind: 'evidence', claim: 'ammonia-normal-by-morning', stance: 'supports', exact: 'air quality had been back to normal since about 09:00', created: '2026-03-05T09:37:00+01:00' },
    ],
  },
  {
    file: '05-jornal-do-tejo-portuguese-captain.txt',
    source: { title: 'Portuguese captain of tanker in fire of Aldovia: «The crew followed all the procedures»', outlet: 'Jornal do Tejo', byline: 'Inês Carvalho', date: '2026-03-03' },
    decisions: [
      { kind: 'evidence', claim: 'fire-started-on-tanker', stance: 'disputes', exact: 'When we saw the fire, it was on land, in the installations of the terminal, not on board.', created: '2026-03-05T10:08:00+01:00' },
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'supports', exact: 'evacuated about 1,200 persons of the neighbourhood of Saltmarsh', created: '2026-03-05T09:21:00+01:00' },
      { kind: 'evidence', claim: 'fire-never-reached-tanks', stance: 'disputes', exact: 'one of the two tanks of ammonia suffered damage in its insulation due to the heat', note: 'Single anonymous company source; the fire service did not confirm.', created: '2026-03-05T09:52:00+01:00', modified: '2026-03-05T12:15:00+01:00' },
    ],
  },
  {
    file: '06-the-tideline-newsletter.txt',
    source: { title: 'Forty years of luck ran out on Monday night', outlet: 'The Tideline', byline: 'Ruth Abernethy', date: '2026-03-05' },
    decisions: [
      { kind: 'evidence', claim: 'fire-started-on-tanker', stance: 'supports', exact: 'a tanker unloading ammonia at Kestrel Quay caught fire', created: '2026-03-05T10:10:00+01:00' },
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'disputes', exact: 'nearly 2,000 people were turfed out of their homes in Saltmarsh', note: 'No source given for this figure.', created: '2026-03-05T09:23:00+01:00' },
      { kind: 'evidence', claim: 'union-warned-valves', stance: 'supports', exact: 'the letter went to the terminal manager by email and was acknowledged', note: 'Anonymous union source; the newsletter has not seen the email either.', created: '2026-03-05T09:29:00+01:00' },
      { kind: 'note', exact: 'leave no stone unturned until we know exactly how this happened', note: 'Meridian Wire, The National Ledger and ABN News all give these words to the minister, Helen Mercer, not to Daniel Okonjo.', created: '2026-03-05T10:25:00+01:00' },
      { kind: 'suppress', layer: 'quote', exact: 'Tides of Neglect', note: 'Documentary title, not speech.', created: '2026-03-05T10:41:00+01:00' },
      { kind: 'evidence', claim: 'evacuated-1200', stance: 'disputes', exact: 'The council\'s own figure, given to councillors on Wednesday morning, was 1,480.', created: '2026-03-05T09:24:00+01:00' },
      { kind: 'evidence', claim: 'ammonia-normal-by-morning', stance: 'mentions', exact: 'above short-term limits for around four hours', created: '2026-03-05T09:39:00+01:00' },
    ],
  },
  {
    file: '07-pepa-press-statement.txt',
    source: { title: 'Update on the incident at Kestrel Quay', outlet: 'Port Elsworth Port Authority', date: '2026-03-03' },
    decisions: [
      { kind: 'evidence', claim: 'fire-started-on-tanker', stance: 'disputes', exact: 'a fire broke out at approximately 23:45 on Monday 2 March 2026 in a pump house at Kestrel Quay', created: '2026-03-05T10:12:00+01:00' },
      { kind: 'evidence', claim: 'union-warned-valves', stance: 'mentions', exact: 'including all correspondence we have received about the condition of equipment at Kestrel Quay', note: 'Neither confirms nor denies the union\'s letter.', created: '2026-03-05T09:30:00+01:00' },
      { kind: 'suppress', layer: 'quote', exact: 'PEPA', within: 'Please credit "PEPA"', note: 'A photo credit line, not speech.', created: '2026-03-05T10:43:00+01:00' },
    ],
  },
];

// ---- Building the files ----------------------------------------------------------------------

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function anchor(text: string, spec: DecisionSpec, file: string): TextAnchor {
  const outer = spec.within ?? spec.exact;
  const hits = occurrences(text, outer);
  if (hits.length !== 1) throw new Error(`${file}: "${outer}" occurs ${hits.length} times; it must occur once`);
  const inner = spec.within ? text.slice(hits[0], hits[0] + outer.length).indexOf(spec.exact) : 0;
  if (inner < 0) throw new Error(`${file}: "${spec.exact}" is not inside "${outer}"`);
  const start = hits[0] + inner;
  return makeAnchor(text, start, start + spec.exact.length);
}

function annotationFor(text: string, file: string, spec: DecisionSpec): Annotation {
  const target = anchor(text, spec, file);
  const id = stableId('a_', `${file}:${spec.kind}:${target.start}:${target.end}`);
  const base = { id, target, created: spec.created, modified: spec.modified ?? spec.created, ...(spec.note ? { note: spec.note } : {}) };
  switch (spec.kind) {
    case 'evidence':
      if (!CLAIMS.some((c) => c.key === spec.claim)) throw new Error(`${file}: no claim "${spec.claim}"`);
      return { ...base, kind: 'evidence', claimId: claimId(spec.claim), stance: spec.stance };
    case 'speaker':
      return { ...base, kind: 'speaker', speaker: spec.speaker };
    case 'quote':
      return { ...base, kind: 'quote', speaker: spec.speaker };
    case 'entity':
      return { ...base, kind: 'entity', name: spec.name, entityType: spec.entityType };
    case 'suppress':
      return { ...base, kind: 'suppress', layer: spec.layer };
    case 'note':
      return { ...base, kind: 'note' };
  }
}

function sidecarText(spec: ArticleSpec): string {
  const raw = fs.readFileSync(path.join(SAMPLES, spec.file), 'utf8');
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // offsets are into the editor's text
  const annotations = spec.decisions.map((d) => annotationFor(text, spec.file, d));
  for (const a of annotations) {
    const t = a.target;
    if (text.slice(t.start, t.end) !== t.exact) throw new Error(`${spec.file}: anchor ${a.id} does not match its text`);
  }
  const sidecar: Sidecar = { version: SIDECAR_VERSION, source: spec.source, annotations };
  const out = serializeSidecar(sidecar);
  const problems = parseSidecar(out).diagnostics;
  if (problems.length > 0) throw new Error(`${spec.file}${SIDECAR_SUFFIX}: ${JSON.stringify(problems)}`);
  return out;
}

function claimsText(): string {
  const claims: Claim[] = CLAIMS.map(({ key, ...rest }) => ({ id: claimId(key), ...rest }));
  const registry: ClaimsRegistry = { version: CLAIMS_VERSION, claims, aliasOverrides: ALIAS_OVERRIDES, dismissedSuggestions: [] };
  const out = serializeClaimsRegistry(registry);
  const problems = parseClaimsRegistry(out).diagnostics;
  if (problems.length > 0) throw new Error(`${CLAIMS_FILE}: ${JSON.stringify(problems)}`);
  return out;
}

function main(): number {
  const check = process.argv.includes('--check');
  const files = new Map<string, string>([[CLAIMS_FILE, claimsText()]]);
  for (const spec of ARTICLES) files.set(spec.file + SIDECAR_SUFFIX, sidecarText(spec));
  let stale = 0;
  for (const [name, content] of files) {
    const file = path.join(SAMPLES, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      console.error(`stale: samples/${name} (run npx tsx scripts/make-sample-sidecars.ts)`);
      stale++;
    } else {
      fs.writeFileSync(file, content);
      console.log(`wrote samples/${name}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = main();

// Plain data shared by every layer. Offsets are UTF-16 code-unit indices into the article text as
// the editor shows it: byte-order mark removed, line endings kept (CRLF counts two).

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Core functions never throw on input; what went wrong comes back as diagnostics. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  span?: Span;
}

export type EntityType = 'person' | 'organization' | 'place';

/** What the article says about itself, when it says it. */
export interface ArticleMeta {
  title?: string;
  byline?: string;
  /** e.g. "WASHINGTON" in "WASHINGTON (Wire) —" */
  dateline?: string;
  /** ISO date (yyyy-mm-dd) when one could be read, else the raw text. */
  date?: string;
  outlet?: string;
  url?: string;
}

export interface Paragraph extends Span {
  /** Page furniture (menus, share buttons, appeals, copyright lines…): never a source of quotes or entities. */
  boilerplate: boolean;
}

export interface Article {
  text: string;
  meta: ArticleMeta;
  headline?: Span;
  byline?: Span;
  dateline?: Span;
  paragraphs: Paragraph[];
  /** Spans of boilerplate, merged and sorted. */
  boilerplate: Span[];
}

export interface Cue extends Span {
  /** The reporting verb or phrase as written: "said", "according to", ":". */
  text: string;
}

export interface Quote extends Span {
  /** The quoted text, marks excluded: text.slice(start, end). */
  text: string;
  /**
   * Canonical name of who said it; an unnamed source in the article's words, starting lower-case
   * ("a spokesperson", "researchers"); or null when the article does not say.
   */
  speaker: string | null;
  /** Where the article names the speaker for this quote (a name, pronoun or title). */
  speakerMention?: Span;
  cue?: Cue;
  /** Set when a human decision (sidecar) changed or added this quote. */
  origin?: 'analysis' | 'human';
  /** Who checked the quote against the source, and when (a sidecar's `check` annotation). */
  checked?: { by: string; at: string };
  /** Who made the human decision behind `origin: 'human'` (a speaker correction, an added quote), and when. */
  decided?: { by: string; at: string };
  /**
   * For a quote inside another quote ("He told me ‘we will not sign’"): the span of the quote that
   * holds it. Its speaker is the person the outer speaker quotes, or null when the outer quote does not say.
   */
  nestedIn?: Span;
  /**
   * 'reported' for reported (indirect) speech: a clause someone is said to have said, without quotation marks
   * ("the minister said the port would reopen"); its cue is the reporting verb. Absent for a direct quote.
   * Found only when asked for (AnalysisOptions.reportedSpeech).
   */
  kind?: 'reported';
}

/** What an analysis looks for beyond the default. */
export interface AnalysisOptions {
  /** Also find reported (indirect) speech, as quotes of kind 'reported'. Off by default. */
  reportedSpeech?: boolean;
}

export interface Mention extends Span {
  /** The surface form, text.slice(start, end). */
  text: string;
}

export interface Entity {
  /** Canonical name: the fullest form the article (or the corpus) uses. */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** Distinct surface forms seen, canonical name included. */
  aliases: string[];
  origin?: 'analysis' | 'human';
  /**
   * The latest human decision on this entity, when it says who made it: a mention marked as this
   * entity (a sidecar's entity annotation), or an alias merge or split (the claims registry).
   */
  decided?: EntityDecision;
}

export interface EntityDecision {
  by: string;
  at: string;
  action: 'marked' | 'merged' | 'split';
}

export interface ArticleAnalysis {
  article: Article;
  quotes: Quote[];
  entities: Entity[];
  diagnostics: Diagnostic[];
}

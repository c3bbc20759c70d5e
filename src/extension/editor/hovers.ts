// Hovers on quotes, entities and evidence. They answer from the analysis already in memory and
// never analyse; everything taken from an article or a sidecar is escaped.
import * as vscode from 'vscode';
import { sourceName } from '../analysis/sourceName';
import type { Entity, Placed, Quote, QuoteRef } from '../../core';
import type { EvidenceAnnotation } from '../../core/storage/model';
import { QuoteGroupsIndex, quotesBy, sameEntityEverywhere, type ReportedIn } from '../analysis/crossArticle';
import type { ArticleState } from '../analysis/documentAnalysis';
import { commandLink, escapeMarkdown, excerpt, quoted, revealLink, trustedMarkdown } from '../text/markdown';
import { wordingDiffMarkdown, wordingNote } from './wordingMarkdown';
import type { MovedDecision } from '../../core/storage/applyDecisions';
import type { Services } from '../services';
import { folderOf } from '../storage/sidecarStore';
import { ENTITY_CODICON, STANCE_CODICON } from './decorationStyles';
import { checkedMarkdown, decidedMarkdown, entityDecisionMarkdown } from '../trail/trailText';
import { workspaceFileSelector } from '../storage/workspaceFile';

const MAX_OTHER_QUOTES = 6;
const MAX_MENTION_LINKS = 8;
const entityTypeLabel = (type: Entity['type']) => (type === 'person' ? vscode.l10n.t('person') : type === 'organization' ? vscode.l10n.t('organisation') : vscode.l10n.t('place'));
const stanceLabel = (stance: EvidenceAnnotation['stance']) =>
  stance === 'supports' ? vscode.l10n.t('supports') : stance === 'disputes' ? vscode.l10n.t('disputes') : vscode.l10n.t('mentions');

export function registerHovers(services: Services): vscode.Disposable {
  const groups = new QuoteGroupsIndex(services.quoteGroups);
  return vscode.languages.registerHoverProvider(workspaceFileSelector(), {
    provideHover: (document, position) => hoverAt(services, groups, document, position),
  });
}

async function hoverAt(services: Services, groups: QuoteGroupsIndex, document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
  const state = services.analysis.get(document.uri);
  if (!state || state.analysis.article.text !== document.getText()) return undefined;
  const offset = document.offsetAt(position);
  const inside = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
  const sections: string[] = [];
  let range: vscode.Range | undefined;
  const widen = (s: { start: number; end: number }) => {
    const r = new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    range = range ? range.intersection(r) ?? r : r;
  };

  for (const moved of state.analysis.moved.filter((m) => inside(m.span))) {
    sections.push(movedSection(state, moved));
    widen(moved.span);
  }
  for (const evidence of state.analysis.evidence.filter((e) => inside(e.span))) {
    sections.push(evidenceSection(state, evidence));
    widen(evidence.span);
  }
  for (const note of state.analysis.notes.filter((n) => inside(n.span))) {
    sections.push(`$(note) ${vscode.l10n.t('**Note:** {0}', escapeMarkdown(note.annotation.note ?? ''))}`);
    widen(note.span);
  }
  const quote = state.analysis.quotes.find(inside);
  if (quote) {
    // Other outlets' versions come from the worker's quote groups, which a hover may wait for.
    const version = document.version;
    const elsewhere = await groups.elsewhere(services.analysis.all(), state, quote);
    if (document.version !== version) return undefined;
    sections.push(quoteSection(services, elsewhere, state, quote));
    widen(quote);
  }
  for (const entity of state.analysis.entities) {
    const mention = entity.mentions.find(inside);
    if (!mention) continue;
    sections.push(entitySection(services, state, entity));
    widen(mention);
  }
  if (sections.length === 0) return undefined;
  const md = trustedMarkdown();
  md.appendMarkdown(sections.join('\n\n---\n\n'));
  return new vscode.Hover(md, range);
}

const target = (state: ArticleState, s: { start: number; end: number }) => [{ uri: state.uri.toString(), start: s.start, end: s.end }];

function quoteSection(services: Services, elsewhere: ReportedIn[], state: ArticleState, quote: Quote): string {
  const lines: string[] = [];
  // The speaker comes first, so a screen reader announces who speaks before anything else.
  const who = quote.speaker === null ? vscode.l10n.t('*unattributed*') : `**${escapeMarkdown(quote.speaker)}**`;
  const verb = quote.cue ? ` · ${escapeMarkdown(`“${quote.cue.text}”`)}` : '';
  // Whose decision it is, when the sidecar says (two people may work on one folder).
  const human = quote.origin !== 'human' ? '' : quote.decided
    ? ` · ${vscode.l10n.t('*set by {0} on {1}*', escapeMarkdown(quote.decided.by), escapeMarkdown(quote.decided.at.slice(0, 10)))}`
    : ` · ${vscode.l10n.t('*set by you*')}`;
  if (quote.kind === 'reported') {
    // Reported speech: the outlet's words for what was said; its cue is the reporting verb.
    lines.push(`$(comment-discussion) ${vscode.l10n.t('**Reported speech** — {0}', who)}${human}`);
    if (quote.cue) lines.push(vscode.l10n.t('Reporting verb: {0} · not the speaker\'s own words', escapeMarkdown(`“${quote.cue.text}”`)));
  } else lines.push(`$(quote) ${vscode.l10n.t('**Quote** — {0}', who)}${verb}${human}`);
  if (elsewhere.length > 0) {
    // One line per article (its headline and body may both carry the quote), so the count and the list agree.
    const outlets = new Set(elsewhere.map((e) => sourceName(e.state.uri, e.state))).size;
    const outletNote = outlets < elsewhere.length ? ` ${outlets === 1 ? vscode.l10n.t('(1 outlet)') : vscode.l10n.t('({0} outlets)', outlets)}` : '';
    lines.push(elsewhere.length === 1 ? vscode.l10n.t('Also reported in 1 other article{0}:', outletNote) : vscode.l10n.t('Also reported in {0} other articles{1}:', elsewhere.length, outletNote));
    for (const { state: where, quotes } of elsewhere.slice(0, MAX_OTHER_QUOTES)) {
      const item = fullestQuote(quotes);
      const credit = item.speaker === quote.speaker ? '' : ` ${vscode.l10n.t('(credited to {0})', item.speaker === null ? vscode.l10n.t('nobody') : escapeMarkdown(item.speaker))}`;
      const more = quotes.length > 1 ? ` · ${quotes.length === 2 ? vscode.l10n.t('also in 1 more place there') : vscode.l10n.t('also in {0} more places there', quotes.length - 1)}` : '';
      const wording = wordingNote(quote.text, item.text, (diff) => vscode.l10n.t(' — wording: {0}', diff));
      lines.push(`- ${revealLink(quoted(item.text, 70), where.uri, item.start, item.end)} — ${escapeMarkdown(sourceName(where.uri, where))}${credit}${more}${wording}`);
    }
    if (elsewhere.length > MAX_OTHER_QUOTES) lines.push(`- ${vscode.l10n.t('…and {0} more', elsewhere.length - MAX_OTHER_QUOTES)}`);
  }
  if (quote.speaker !== null) {
    const listed = (o: { state: ArticleState; item: { start: number } }) =>
      (o.state === state && o.item.start === quote.start) || elsewhere.some((e) => e.state === o.state && e.quotes.some((q) => q.start === o.item.start));
    const others = quotesBy(services.analysis.all(), quote.speaker).filter((o) => !listed(o));
    if (others.length > 0) {
      lines.push(vscode.l10n.t('Other quotes by {0} ({1}):', escapeMarkdown(quote.speaker), others.length));
      for (const o of others.slice(0, MAX_OTHER_QUOTES)) {
        const where = o.state === state ? vscode.l10n.t('this article') : sourceName(o.state.uri, o.state);
        lines.push(`- ${revealLink(quoted(o.item.text, 70), o.state.uri, o.item.start, o.item.end)} — ${escapeMarkdown(where)}`);
      }
      if (others.length > MAX_OTHER_QUOTES) lines.push(`- ${vscode.l10n.t('…and {0} more', others.length - MAX_OTHER_QUOTES)}`);
    } else {
      lines.push(vscode.l10n.t('No other quotes by {0} in the analysed articles.', escapeMarkdown(quote.speaker)));
    }
  }
  if (quote.checked) lines.push(checkedMarkdown(quote.checked));
  lines.push(
    `${commandLink(vscode.l10n.t('Correct speaker'), 'crosscheck.correctSpeaker', target(state, quote))} · ` +
      `${commandLink(vscode.l10n.t('Not a quote'), 'crosscheck.suppressHighlight', [{ ...target(state, quote)[0], layer: 'quote' }])} · ` +
      (quote.checked
        ? commandLink(vscode.l10n.t('Unmark checked'), 'crosscheck.unmarkChecked', target(state, quote))
        : commandLink(vscode.l10n.t('Mark checked against the source'), 'crosscheck.markChecked', target(state, quote))),
  );
  return lines.join('\n\n');
}

/** The quote to show for an article: the longest (a body quote over its headline fragment), first on a tie. */
function fullestQuote(quotes: QuoteRef[]): QuoteRef {
  return quotes.reduce((best, q) => (q.text.length > best.text.length ? q : best));
}

function entitySection(services: Services, state: ArticleState, entity: Entity): string {
  const lines: string[] = [];
  lines.push(`$(${ENTITY_CODICON[entity.type]}) **${escapeMarkdown(entity.name)}** · ${entityTypeLabel(entity.type)}`);
  const everywhere = sameEntityEverywhere(services.analysis.all(), entity);
  const aliases = [...new Set(everywhere.flatMap((l) => l.item.aliases))].filter((a) => a !== entity.name);
  if (aliases.length > 0) lines.push(vscode.l10n.t('Also written: {0}', aliases.map((a) => `*${escapeMarkdown(a)}*`).join(', ')));
  // Whose decision the entity is, as quotes and evidence say (two people may work on one folder).
  if (entity.decided) lines.push(entityDecisionMarkdown(entity.decided));
  lines.push(vscode.l10n.t('Mentions:'));
  for (const { state: where, item } of everywhere) {
    const links = item.mentions.slice(0, MAX_MENTION_LINKS).map((m, i) => revealLink(String(i + 1), where.uri, m.start, m.end));
    const more = item.mentions.length > MAX_MENTION_LINKS ? ' …' : '';
    const label = where === state ? vscode.l10n.t('this article') : sourceName(where.uri, where);
    lines.push(`- ${escapeMarkdown(label)}: ${item.mentions.length} — ${links.join(' ')}${more}`);
  }
  const mention = entity.mentions.find((m) => m.start >= 0);
  if (mention) lines.push(commandLink(vscode.l10n.t('Not an entity'), 'crosscheck.suppressHighlight', [{ ...target(state, mention)[0], layer: 'entity' }]));
  return lines.join('\n\n');
}

/** A decision found only approximately: the words marked and the words now, side by side, and the two ways out. */
function movedSection(state: ArticleState, moved: MovedDecision): string {
  const { annotation, current } = moved;
  const ref = { uri: state.uri.toString(), annotationId: annotation.id };
  return [
    `$(arrow-swap) ${vscode.l10n.t('**Moved — confirm?** This {0} was found only approximately; nothing is stored until you confirm it.', escapeMarkdown(annotation.kind))}`,
    vscode.l10n.t('Marked: {0}', escapeMarkdown(`“${excerpt(annotation.target.exact, 300)}”`)),
    vscode.l10n.t('Now: {0}', escapeMarkdown(`“${excerpt(current, 300)}”`)),
    vscode.l10n.t('Change: {0}', wordingDiffMarkdown(annotation.target.exact, current)),
    [commandLink(vscode.l10n.t('Confirm here'), 'crosscheck.confirmMovedAnnotation', [ref]), commandLink(vscode.l10n.t('Re-attach to selection…'), 'crosscheck.reattachAnnotation', [ref])].join(' · '),
  ].join('\n\n');
}

function evidenceSection(state: ArticleState, evidence: Placed<EvidenceAnnotation>): string {
  const claim = state.claims.find((c) => c.id === evidence.annotation.claimId);
  const lines: string[] = [];
  if (!claim) {
    lines.push(`$(warning) ${vscode.l10n.t('**Evidence** for a claim that is no longer in the registry ({0})', escapeMarkdown(evidence.annotation.claimId))}`);
  } else {
    lines.push(`$(law) ${vscode.l10n.t('**Claim:** {0}', escapeMarkdown(`“${excerpt(claim.text, 160)}”`))}`);
    // Who made the claim and where: what a reader of the passage weighs it against.
    const said = [
      claim.claimant ? vscode.l10n.t('Claimant: {0}', escapeMarkdown(excerpt(claim.claimant, 120))) : '',
      claim.context ? vscode.l10n.t('Context: {0}', escapeMarkdown(excerpt(claim.context, 160))) : '',
    ].filter(Boolean);
    if (said.length) lines.push(said.join(' · '));
    // The stance in words and as its icon: never by colour alone.
    const stance = evidence.annotation.stance;
    lines.push(`$(${STANCE_CODICON[stance]}) ${vscode.l10n.t('Status: **{0}** · this passage **{1}** it', escapeMarkdown(claim.status), escapeMarkdown(stanceLabel(stance)))}`);
  }
  if (evidence.annotation.note) lines.push(vscode.l10n.t('Note: {0}', escapeMarkdown(evidence.annotation.note)));
  if (evidence.annotation.checked) lines.push(checkedMarkdown(evidence.annotation.checked));
  const decided = decidedMarkdown(evidence.annotation);
  if (decided) lines.push(decided);
  const self = [{ uri: state.uri.toString(), annotationId: evidence.annotation.id }];
  const links = [commandLink(vscode.l10n.t('Reveal in Claims'), 'crosscheck.revealInClaims', self)];
  links.push(
    evidence.annotation.checked
      ? commandLink(vscode.l10n.t('Unmark checked'), 'crosscheck.unmarkChecked', self)
      : commandLink(vscode.l10n.t('Mark checked against the source'), 'crosscheck.markChecked', self),
  );
  if (claim) links.push(commandLink(vscode.l10n.t('Set status'), 'crosscheck.setClaimStatus', [{ claimId: claim.id, folder: folderOf(state.uri).toString() }]));
  lines.push(links.join(' · '));
  return lines.join('\n\n');
}

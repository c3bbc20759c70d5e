// Words and small text helpers the human-readable exports share.
import type { ClaimStatus, Stance } from '../storage/model';
import type { SuggestionStatus } from '../crossSource/claims/suggest';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  supported: 'Supported',
  disputed: 'Disputed',
  false: 'False',
  'needs-context': 'Needs context',
};

export const STANCE_LABELS: Record<Stance, string> = { supports: 'Supports', disputes: 'Disputes', mentions: 'Mentions' };

export const SUGGESTION_LABELS: Record<SuggestionStatus, string> = {
  contradicted: 'Sources disagree',
  corroborated: 'Several sources agree',
  'single-sourced': 'One source only',
};

/** One line, at most `max` characters, cut at a word when it can be. */
export function excerpt(text: string, max = 280): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** "94,000" style, without locale surprises. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The trail's mark in words (raw: each renderer neutralises the name for its own format). */
export function checkedText(checked: { by: string; at: string }): string {
  return `checked against the source by ${checked.by} on ${checked.at.slice(0, 10)}`;
}

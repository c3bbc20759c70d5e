// How each entity type and evidence stance looks in the editor, told apart without colour: a line
// style per entity type, a border style, a gutter shape and a codicon per stance. Colour comes on
// top, from contributed theme colours. Pure data (no vscode import) so a unit test can check that
// no two kinds look alike and that every colour and icon exists.
import type { EntityType } from '../../core/model';
import type { Stance } from '../../core/storage/model';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'wavy';
export type BorderStyle = Exclude<LineStyle, 'wavy'>;

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
export const STANCES: readonly Stance[] = ['supports', 'disputes', 'mentions'];

/** Underline per entity type: the type is readable from the line's shape alone. */
export const ENTITY_UNDERLINE: Readonly<Record<EntityType, LineStyle>> = { person: 'solid', organization: 'dashed', place: 'wavy' };

/** Codicon per entity type, in hovers, the Sources and Entities views. */
export const ENTITY_CODICON: Readonly<Record<EntityType, string>> = { person: 'person', organization: 'organization', place: 'location' };

/** Border of an evidence passage per stance; dotted is left to "mentions", the weakest. */
export const STANCE_BORDER: Readonly<Record<Stance, BorderStyle>> = { supports: 'solid', disputes: 'dashed', mentions: 'dotted' };

/**
 * A decision found only approximately ("moved — confirm?"): a double border, which no stance uses,
 * and a "?" gutter mark, whatever its kind, so it stands apart from confirmed evidence without colour.
 */
export const MOVED_BORDER: string = 'double';
export const movedGutterIcon = (theme: 'light' | 'dark') => `moved-${theme}.svg`;

/** Codicon per stance, in hovers and the Claims view (theme icons: they follow the theme's colours). */
export const STANCE_CODICON: Readonly<Record<Stance, string>> = { supports: 'thumbsup', disputes: 'thumbsdown', mentions: 'comment' };

/** Theme colour ids (contributed in package.json). */
export const entityUnderlineColor = (type: EntityType) => `crosscheck.${type}Underline`;
export const stanceBorderColor = (stance: Stance) => `crosscheck.evidence${stance[0].toUpperCase()}${stance.slice(1)}Border`;

/** The CSS variable VS Code defines for a theme colour: its id with dots as dashes. */
export function themeColorVariable(colorId: string): string {
  return `var(--vscode-${colorId.replace(/\./g, '-')})`;
}

/**
 * The CSS text-decoration of an entity mention: the line style and the type's theme colour in one
 * shorthand (DecorationRenderOptions takes no ThemeColor for text-decoration, hence the variable).
 */
export function entityTextDecoration(type: EntityType): string {
  const style = ENTITY_UNDERLINE[type];
  return `underline ${style} ${themeColorVariable(entityUnderlineColor(type))} ${style === 'wavy' ? '1px' : '2px'}`;
}

/**
 * Gutter mark per stance and theme kind: a check, a cross and a ring, so the shape says the stance.
 * Decoration gutter icons take only a file (no ThemeIcon), hence one SVG per light and dark theme.
 */
export function stanceGutterIcon(stance: Stance, theme: 'light' | 'dark'): string {
  return `evidence-${stance}-${theme}.svg`;
}

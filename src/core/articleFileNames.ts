// Which file names hold articles. Shared by the CLI's folder walk and the editor's article detection.
import { CLAIMS_FILE, SIDECAR_SUFFIX } from './storage/model';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** Sidecars and the claims registry are ours; so is a stray "x.txt.crosscheck.json.txt" copy. */
export function isCrosscheckFileName(name: string): boolean {
  return name === CLAIMS_FILE || name.toLowerCase().includes(SIDECAR_SUFFIX);
}

/** A folder's own paperwork (README.md, CHANGELOG.md, LICENSE.txt, NOTES…) describes a corpus; it is not an article in it. */
export function isFolderDocName(name: string): boolean {
  return /^(readme|changelog|changes|license|licence|contributing|notice|notes|todo)(\.[a-z]+)?$/i.test(name);
}

/** A base name (no folders) that can be an article: .txt/.md, not ours, not folder documentation. */
export function isArticleFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot).toLowerCase();
  return ARTICLE_EXTENSIONS.includes(extension) && !isCrosscheckFileName(name) && !isFolderDocName(name);
}

// Content hashes through Web Crypto, which both extension hosts have (Node's and the browser's), so
// the desktop and web builds key the persistent cache alike, and as the CLI keys its own (sha256 hex).
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

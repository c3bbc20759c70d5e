// Entry point: creates the services and wires each feature; nothing else happens here.
// The NLP library is loaded by the core the first time an article is analysed, not on activation.
import * as vscode from 'vscode';
import { registerClaimsTree } from './claimsTree';
import { registerCommands } from './commands';
import { registerContextKeys } from './contextKeys';
import { registerDecorations } from './decorations';
import { registerHovers } from './hovers';
import { nodeStorageBackend } from './nodeStorageBackend';
import { registerRenameFollowing } from './renames';
import { createServices } from './services';
import { registerSourcesTree } from './sourcesTree';
import { registerStatusBar } from './statusBar';
import { createApi, type CrosscheckApi } from './testApi';

export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const started = performance.now();
  const services = createServices(context, nodeStorageBackend());
  const claims = registerClaimsTree(services);
  const sources = registerSourcesTree(services);
  const decorations = registerDecorations(services);
  const status = registerStatusBar(services);
  context.subscriptions.push(
    claims,
    sources,
    decorations,
    status,
    registerHovers(services),
    registerContextKeys(services),
    registerRenameFollowing(services),
    registerCommands({ ...services, claims, sources }),
  );
  const activationMs = performance.now() - started;
  services.log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return createApi({ services, claims, sources, decorations, status, activationMs });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// One toggle per highlight layer; each flips its `crosscheck.highlight.*` setting.
import * as vscode from 'vscode';
import type { Layer } from '../config';
import type { CommandContext } from './targets';

/** The status bar note after a toggle, in the editor's language. */
function toggled(layer: Layer, enabled: boolean): string {
  switch (layer) {
    case 'quotes':
      return enabled ? vscode.l10n.t('Crosscheck: quote highlights on') : vscode.l10n.t('Crosscheck: quote highlights off');
    case 'entities':
      return enabled ? vscode.l10n.t('Crosscheck: entity highlights on') : vscode.l10n.t('Crosscheck: entity highlights off');
    case 'evidence':
      return enabled ? vscode.l10n.t('Crosscheck: evidence highlights on') : vscode.l10n.t('Crosscheck: evidence highlights off');
    case 'boilerplate':
      return enabled ? vscode.l10n.t('Crosscheck: boilerplate dimming on') : vscode.l10n.t('Crosscheck: boilerplate dimming off');
  }
}

export function toggleLayer(layer: Layer) {
  return async (ctx: CommandContext): Promise<boolean> => {
    const enabled = !ctx.config.layerEnabled(layer);
    await ctx.config.setLayerEnabled(layer, enabled);
    void vscode.window.setStatusBarMessage(toggled(layer, enabled), 3000);
    return enabled;
  };
}

// The matrix's stylesheet: VS Code theme variables only, so it follows light, dark and high contrast.
export const MATRIX_STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 12px 16px; }
h2 { font-size: 1.1em; margin: 1.2em 0 .4em; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
caption { text-align: left; padding: 6px 0; color: var(--vscode-descriptionForeground); }
th, td { border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); padding: 4px 8px; vertical-align: top; }
thead th { background: var(--vscode-editorWidget-background); text-align: left; font-weight: 600; max-width: 8em; vertical-align: bottom; }
thead .source { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: normal; }
thead .file { display: block; max-width: 8em; font-weight: normal; color: var(--vscode-descriptionForeground); font-size: .85em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
th.claim { text-align: left; font-weight: normal; min-width: 12em; max-width: 36em; }
.status { display: inline-block; font-size: .8em; padding: 0 4px; border-radius: 3px; border: 1px solid var(--vscode-badge-background); color: var(--vscode-badge-foreground); background: var(--vscode-badge-background); }
.cell { cursor: default; min-width: 6em; white-space: nowrap; }
.mark { white-space: nowrap; }
.cell[data-count]:not([data-count="0"]) { cursor: pointer; }
.cell:hover { background: var(--vscode-list-hoverBackground); }
.cell:focus { outline: 2px solid var(--vscode-focusBorder); outline-offset: -2px; background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
.glyph { display: inline-block; width: 1.2em; font-weight: bold; }
.glyph-supports { color: var(--vscode-crosscheck-evidenceSupportsBorder, var(--vscode-testing-iconPassed)); }
.glyph-disputes { color: var(--vscode-crosscheck-evidenceDisputesBorder, var(--vscode-testing-iconFailed)); }
.glyph-mentions { color: var(--vscode-crosscheck-evidenceMentionsBorder, var(--vscode-editorWarning-foreground)); }
.glyph-absent, .cell-absent .label { color: var(--vscode-disabledForeground); }
.count { margin-left: .4em; color: var(--vscode-descriptionForeground); font-size: .9em; }
.empty { color: var(--vscode-descriptionForeground); }
`;

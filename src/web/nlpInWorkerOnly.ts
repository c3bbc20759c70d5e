// `compromise` in the web build's extension bundle (esbuild aliases it here): the NLP library is in
// the analysis worker only, so the VSIX carries it once. Analysis in the web extension host itself
// (the desktop's fallback when no worker starts) is refused with this reason instead.
throw new Error(
  'in the browser, Crosscheck analyses articles in its analysis worker, which could not start here (see the Crosscheck output for why); reload the window to try again, or use desktop VS Code',
);

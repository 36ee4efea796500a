// Build-time hardening: react-dom's only HTML sink, `dangerouslySetInnerHTML`, is made to throw in every
// Vocero bundle. Vocero never uses it (ESLint forbids the prop), so nothing changes for the UI; what goes
// away is the one code path through which a string could become markup in the popup, the options page or
// the picker. It is also what `web-ext lint` warned about (UNSAFE_VAR_ASSIGNMENT in react-dom), so the
// Firefox build lints clean. The build fails if react-dom's code no longer has the expected shape (an
// upgrade), rather than silently leaving the sink in.
import type { Plugin } from 'vite';

const SINK = '(domElement.innerHTML = key)';
const REPLACEMENT = '(function () { throw Error("Vocero: dangerouslySetInnerHTML is disabled"); })()';
/** setProp and setPropOnCustomElement each assign it once (react-dom 19). */
const EXPECTED = 2;

export function noHtmlSink(): Plugin {
  return {
    name: 'vocero-no-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/.test(id)) return null;
      const found = code.split(SINK).length - 1;
      if (found !== EXPECTED)
        throw new Error(
          `react-dom has ${found} "${SINK}" (expected ${EXPECTED}): update scripts/noHtmlSink.ts for this version`,
        );
      return { code: code.replaceAll(SINK, REPLACEMENT), map: null };
    },
  };
}

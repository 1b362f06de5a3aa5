'use strict';
// The .env format of process.loadEnvFile() (and util.parseEnv): KEY=value lines, `export`
// prefixes, # comments, values in '…', "…" (\n expands) or `…` quotes, which may span lines.

function parseEnv(content) {
  const out = {};
  const text = content.replace(/\r\n?/g, '\n');
  let i = 0;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    let line = text.slice(i, end).trim();
    i = end + 1;
    if (line === '' || line[0] === '#') continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    if (key === '') continue;
    let value = line.slice(eq + 1).trimStart();
    const q = value[0];
    if (q === '"' || q === '\'' || q === '`') {
      // The closing quote may be on a later line: search on through the rest of the text.
      const rest = value.slice(1) + (end < text.length ? `\n${text.slice(end + 1)}` : '');
      const close = rest.indexOf(q);
      if (close !== -1) {
        value = rest.slice(0, close);
        for (let k = value.split('\n').length - 1; k > 0; k--) {  // lines the value spanned
          const nl = text.indexOf('\n', i);
          i = nl === -1 ? text.length : nl + 1;
        }
        if (q === '"') value = value.replace(/\\n/g, '\n');
        out[key] = value;
        continue;
      }
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    out[key] = value.trim();
  }
  return out;
}

module.exports = { parseEnv };

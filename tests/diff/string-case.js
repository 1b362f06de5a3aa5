'use strict';
// toLowerCase/toUpperCase: the engine's ASCII fast path (unchanged strings returned as they are,
// others mapped byte by byte) and the general Unicode path (Latin-1 above 0x7F, wide strings,
// special casings, final sigma), compared with Node.
const xs = ['Content-Type', 'already lower', 'ALREADY UPPER', 'MiXeD 123 !@#', '', 'AZ[`az{@',
  'x'.repeat(100) + 'Y', 'ÉCOLE', 'straße', 'İstanbul', 'ΟΔΟΣ', 'abc\u0130', 'ﬁ', 'ǅ', '\u{10400}'];
for (const x of xs) {
  const lo = x.toLowerCase();
  const up = x.toUpperCase();
  console.log(JSON.stringify([lo, up, lo === x, up === x, x.toLocaleLowerCase(), x.toLocaleUpperCase()]));
}

'use strict';
// Bytes a net socket writes for strings in each native encoding (latin1/binary/ascii, ucs2/utf16le,
// utf8 with lone surrogates and astral characters), through writev (corked) and single writes.
const net = require('net');
const cases = [['héllo wörld €', 'latin1'], ['a\u{1F600}b\uD800c', 'latin1'], ['abc', 'ascii'], ['ÿ€\uDC00', 'ascii'], ['héllo €\u{1F600}', 'ucs2'], ['x\uD800', 'utf16le'], ['A\uD83Dz\uDE00', 'utf8'], ['plain ascii', 'binary'], ['ÿþ', 'utf8']];
const srv = net.createServer((c) => {
  const bufs = [];
  c.on('data', (d) => bufs.push(d));
  c.on('end', () => { console.log(Buffer.concat(bufs).toString('hex')); c.end(); srv.close(); });
});
srv.listen(0, '127.0.0.1', () => {
  const s = net.connect(srv.address().port, '127.0.0.1', () => {
    s.cork();
    for (const [str, enc] of cases) s.write(str, enc);   // writev path
    s.uncork();
    setTimeout(() => { for (const [str, enc] of cases) s.write(str, enc); s.end(); }, 20);  // single writes
  });
});

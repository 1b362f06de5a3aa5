// split2 over readable-stream-free core streams; readable-stream's own classes (a userland
// copy of Node's streams) piped into each other.
const split = require('split2');
const { Readable: RSReadable, Transform: RSTransform, pipeline } = require('readable-stream');
const lines = [];
const src = RSReadable.from(['one\ntw', 'o\r\nthree\n', '{"j":1}\nlast']);
const upper = new RSTransform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});
pipeline(src, upper, split(), async function* (source) {
  for await (const line of source) lines.push(line);
}, (err) => {
  console.log(err, lines);
  const objs = [];
  Readable_from(['{"a":1}\n{"b":', '2}\n']).pipe(split(JSON.parse)).on('data', (o) => objs.push(o)).on('end', () => console.log(objs));
});
function Readable_from(chunks) { return require('stream').Readable.from(chunks); }

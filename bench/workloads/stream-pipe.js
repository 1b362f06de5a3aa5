// bench: runs=5 quick=1
// Stream machinery throughput: a Readable pushes 1 GiB as 64 KiB Buffers (one preallocated
// chunk, reused) through a Transform (counts bytes, xors first bytes) into a Writable sink.
const { Readable, Transform, Writable, pipeline } = require('stream');
const { Buffer } = require('buffer');

const CHUNK = 64 * 1024;
const TOTAL = 1024 * 1024 * 1024;
const chunk = Buffer.alloc(CHUNK, 7);
let produced = 0;

const source = new Readable({
  read() {
    while (produced < TOTAL) {
      produced += CHUNK;
      if (!this.push(chunk)) return;
    }
    this.push(null);
  },
});

let bytes = 0;
let xor = 0;
const counter = new Transform({
  transform(data, encoding, callback) {
    bytes += data.length;
    xor ^= data[0];
    callback(null, data);
  },
});

let sunk = 0;
let writes = 0;
const sink = new Writable({
  write(data, encoding, callback) {
    sunk += data.length;
    writes++;
    callback();
  },
});

pipeline(source, counter, sink, (err) => {
  if (err) throw err;
  console.log('bytes', bytes, 'sunk', sunk, 'writes', writes, 'xor', xor);
});

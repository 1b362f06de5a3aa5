// bench: runs=7 quick=2
// Buffer and hashing throughput: base64/hex round trips of 16 MB, then SHA-256 over 256 MB.
const crypto = require('crypto');
const buf = Buffer.alloc(16 * 1024 * 1024);
for (let i = 0; i < buf.length; i++) buf[i] = (i * 31) & 255;
const b64 = buf.toString('base64');
const hex = buf.toString('hex');
const same = Buffer.from(b64, 'base64').equals(buf) && Buffer.from(hex, 'hex').equals(buf);
const h = crypto.createHash('sha256');
for (let i = 0; i < 16; i++) h.update(buf);
console.log(same, b64.length, h.digest('hex'));

// bench: runs=7 quick=2
// Buffer throughput without hashing: base64/hex/utf8 encode+decode round trips of 16 MB, then
// Buffer.concat of many small chunks, indexOf scans and a readUInt32LE loop; prints a checksum.
const N = 16 * 1024 * 1024;
const buf = Buffer.allocUnsafe(N);
for (let i = 0; i < N; i += 4) buf.writeUInt32LE(((i * 2654435761) >>> 0), i);
let check = 0;
for (const enc of ['base64', 'hex', 'base64url', 'latin1']) {
  const s = buf.toString(enc);
  const back = Buffer.from(s, enc);
  check = (check + s.length + (back.equals(buf) ? 1 : 0)) >>> 0;
}
// UTF-8: a mostly-ASCII text with some multi-byte characters.
const text = 'The quick brown fox jumps over the lazy dog — ünïcødé € 😀\n'.repeat(N / 64);
const u8 = Buffer.from(text);
const decoded = u8.toString();
check = (check + u8.length + (decoded === text ? 1 : 0)) >>> 0;
// concat of 4 KB chunks, 64 times over
const chunks = [];
for (let i = 0; i < 4096; i++) chunks.push(buf.subarray(i * 4096, i * 4096 + 4096));
for (let r = 0; r < 16; r++) check = (check + Buffer.concat(chunks).length) >>> 0;
// indexOf: find every newline in the text buffer
let pos = 0;
let lines = 0;
while ((pos = u8.indexOf(10, pos) + 1) > 0) lines++;
check = (check + lines + u8.indexOf('😀\nThe quick brown fox jumps over the lazy dog — ünïcødé € 😀\n', 1e6)) >>> 0;
// readUInt32LE over 4 MB
let sum = 0;
for (let i = 0; i + 4 <= 4 * 1024 * 1024; i += 4) sum = (sum + buf.readUInt32LE(i)) >>> 0;
check = (check + sum) >>> 0;
console.log(check);

// iconv-lite: legacy encodings to and from Buffers, and its streaming decoder.
const iconv = require('iconv-lite');
const s = 'Grüße, ¿qué tal? Привет 日本';
for (const enc of ['win1252', 'latin1', 'cp866', 'koi8-r', 'shift_jis', 'gbk', 'utf16le', 'utf16-be']) {
  const buf = iconv.encode(s, enc);
  console.log(enc, buf.length, buf.toString('hex').slice(0, 24), iconv.decode(buf, enc));
}
console.log(iconv.encodingExists('cp1251'), iconv.encodingExists('nope'));
const dec = iconv.decodeStream('win1251');
let out = '';
dec.on('data', (c) => { out += c; });
dec.on('end', () => console.log('stream:', out));
const bytes = iconv.encode('Съешь же ещё этих мягких французских булок', 'win1251');
for (let i = 0; i < bytes.length; i += 7) dec.write(bytes.subarray(i, i + 7));
dec.end();

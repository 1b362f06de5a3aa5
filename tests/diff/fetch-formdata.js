'use strict';
// FormData: entries, File conversion, inspect, errors; multipart round trip through Response.
const t = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const fileInfo = (v) => (typeof v === 'string' ? v : `${v.constructor.name}(${v.name},${v.type},${v.size})`);
const fd = new FormData();
fd.append('a', '1');
fd.append('f', new File(['abc'], 'n.txt', { lastModified: 7 }));
fd.append('a', '2');
console.log(fd, [...fd].length);
console.log(fd.get('a'), fd.getAll('a'), fd.has('f'), fd.has('z'), fd.get('z'));
fd.set('a', 'only');
console.log([...fd.keys()], [...fd.values()].map(fileInfo));
fd.delete('f');
console.log([...fd]);
t('constructor arg', () => new FormData(1));
t('append one', () => new FormData().append('a'));
t('append 3 string', () => new FormData().append('a', 'b', 'c'));
t('append 3 object', () => new FormData().append('a', {}, 'c'));
t('set object', () => new FormData().set('a', {}));
t('object value', () => { const f = new FormData(); f.append('a', {}); return f.get('a'); });
t('blob value', () => { const f = new FormData(); f.append('a', new Blob(['x'], { type: 't/t' })); return fileInfo(f.get('a')); });
t('file renamed', () => { const f = new FormData(); f.append('a', new File(['x'], 'q', { lastModified: 5 }), 'z'); const v = f.get('a'); return [fileInfo(v), v.lastModified]; });
t('file kept', () => { const f = new FormData(); const file = new File(['x'], 'q', { lastModified: 5 }); f.append('a', file); return f.get('a') === file; });
t('empty', () => { const f = new FormData(); return [f.get('a'), f.getAll('a'), f.has('a')]; });
t('set order', () => { const f = new FormData(); f.append('a', '1'); f.append('b', '2'); f.append('a', '3'); f.set('a', '4'); return [...f]; });
t('newlines kept', () => { const f = new FormData(); f.append('a\r\nb', '1\n2\r'); return [...f]; });
t('iterator tag', () => Object.prototype.toString.call(new FormData().entries()));
t('tag', () => Object.getOwnPropertyDescriptor(FormData.prototype, Symbol.toStringTag));
t('inspect empty', () => require('util').inspect(new FormData()));
console.log(Object.getOwnPropertyNames(FormData.prototype), FormData.length);

(async () => {
  const form = new FormData();
  form.append('text', 'hello\nworld');
  form.append('quote"name', 'v');
  form.append('file', new Blob(['<b>bytes</b>'], { type: 'text/html' }), 'page "1".html');
  form.append('bin', new Uint8Array([0, 1, 2, 255]).toString());
  const res = new Response(form);
  const type = res.headers.get('content-type');
  console.log(/^multipart\/form-data; boundary=----formdata-undici-0\d{11}$/.test(type));
  const raw = await res.clone().text();
  const boundary = type.split('boundary=')[1];
  console.log(JSON.stringify(raw.split(boundary).join('BOUNDARY')));
  const back = await res.formData();
  for (const [k, v] of back) console.log(k, fileInfo(v), typeof v === 'string' ? '' : await v.text());
  const parse = async (body, ct) => {
    try {
      const f = await new Response(body, { headers: { 'content-type': ct } }).formData();
      console.log('parsed', [...f].map(([k, v]) => [k, fileInfo(v)]));
    } catch (e) {
      console.log('parse error', e.name, e.message, e.cause && e.cause.message);
    }
  };
  await parse('a=1&b=%20&c=x+y', 'application/x-www-form-urlencoded');
  await parse('a=1', 'application/x-www-form-urlencoded;charset=UTF-8');
  await parse('a=1', 'text/plain');
  await parse('xx', 'multipart/form-data; boundary=abc');
  await parse('xx', 'multipart/form-data');
  await parse('--abc\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\n--abc--\r\n', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Disposition: form-data; name="x"; filename="f.txt"\r\n\r\nval\r\n--abc--', 'multipart/form-data; boundary="abc"');
  await parse('--abc\r\nContent-Disposition: form-data; name="x"; filename*=utf-8\'\'%C3%A9.txt\r\nContent-Type: a/b\r\n\r\nval\r\n--abc--', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Disposition: form-data\r\n\r\nval\r\n--abc--', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Type: a/b\r\n\r\nval\r\n--abc--', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Disposition: form-data; name="x"\r\n\r\nval', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Disposition: attachment; name="x"\r\n\r\nval\r\n--abc--', 'multipart/form-data; boundary=abc');
  await parse('--abc\r\nContent-Disposition: form-data; name="b64"\r\nContent-Transfer-Encoding: base64\r\n\r\naGk=\r\n--abc--', 'multipart/form-data; boundary=abc');
})();

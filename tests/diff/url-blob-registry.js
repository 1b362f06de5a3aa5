// URL.createObjectURL, buffer.resolveObjectURL and URL.revokeObjectURL share one registry.
const { Blob, resolveObjectURL } = require('buffer');
const u = URL.createObjectURL(new Blob(['hi'], { type: 'text/plain' }));
console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
const b = resolveObjectURL(u);
console.log(b instanceof Blob, b.size, b.type, resolveObjectURL(u) !== b, resolveObjectURL(u + '#frag')?.size);
console.log(resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('http://x/'));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.name, e.code); }
b.text().then((t) => {
  console.log(t);
  URL.revokeObjectURL(u);
  console.log(resolveObjectURL(u));
  URL.revokeObjectURL(5); URL.revokeObjectURL('nonsense');
});

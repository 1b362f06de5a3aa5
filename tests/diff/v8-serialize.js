// v8.serialize/deserialize: the exact bytes of V8's wire format (version 15) for every kind of
// value, what reading them back gives, and the errors of the Serializer/Deserializer API.
const v8 = require('v8');
const { inspect } = require('util');

const show = (v) => (Buffer.isBuffer(v) ? `Buffer<${v.toString('hex')}>` : inspect(v, { depth: 4 }));
const values = [
  0, 1, -1, 63, 64, -65, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 1.5, -0, NaN, Infinity,
  '', 'abc', 'é', '€', 'a\u0100b', 'x'.repeat(200), '😀', 10n, -10n, 2n ** 70n, 0n, -(2n ** 64n),
  null, true, false, undefined,
  { a: 1, b: 'x' }, { 1: 2, a: 3 }, { 4294967295: 1, '01': 2 }, [1, 2], [1, , 3], [1.5, 'x'], [], {},
  new Map([[1, 2], ['k', { v: [1] }]]), new Set([1, 'two']), new Date(0), new Date(1e12),
  /a/gi, /x+/msy, Object(1), Object('s'), Object(true), Object(false), Object(1n),
  Buffer.from([1, 2]), new Uint8Array([1, 2, 3]), new Uint16Array([1, 65535]), new Int32Array([-1]),
  new Float32Array([0.5]), new Float64Array([1]), new BigInt64Array([-1n]), new BigUint64Array([1n]),
  new Int8Array([-2]), new Uint8ClampedArray([300]), new DataView(new ArrayBuffer(2)), new ArrayBuffer(3),
  { nested: { deep: [{ a: [new Map([[{}, new Set([[]])]])] }] } },
];
const shared = { s: 1 };
values.push([shared, shared, { again: shared }]);
const withProp = [1, 2]; withProp.foo = 'bar'; values.push(withProp);
const sparse = []; sparse[5] = 1; values.push(sparse);
const cyclic = { name: 'c' }; cyclic.self = cyclic; values.push(cyclic);
for (const [Ctor, stack] of [[Error, 'S0'], [RangeError, 'S1'], [TypeError, 'S2'], [SyntaxError, 'S3'], [EvalError, 'S4'], [URIError, 'S5'], [ReferenceError, 'S6']]) {
  const e = new Ctor('message');
  e.stack = stack;
  values.push(e);
}
const withCause = new Error('outer', { cause: { inner: true } }); withCause.stack = 'outer-stack'; values.push(withCause);
class Point { constructor() { this.x = 1; this.y = 2; } }
values.push(new Point());

for (const v of values) {
  const bytes = v8.serialize(v);
  const back = v8.deserialize(bytes);
  console.log(bytes.toString('hex'), show(back));
}

for (const bad of [() => 1, Symbol('s'), new WeakMap(), new WeakSet(), Promise.resolve(), { f() {} }]) {
  try { v8.serialize(bad); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}

// The low-level API.
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeDouble(0.25);
ser.writeRawBytes(Buffer.from('hi'));
ser.writeValue(new Uint8Array([9]));
const buf = ser.releaseBuffer();
console.log(buf.toString('hex'));
const des = new v8.Deserializer(buf);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readUint32(), des.readUint64(), des.readDouble(),
  des.readRawBytes(2).toString(), des.readValue());

// Transferred ArrayBuffers travel by id.
const ab = new ArrayBuffer(4);
const tser = new v8.Serializer();
tser.transferArrayBuffer(7, ab);
tser.writeHeader();
tser.writeValue({ ab });
const tbytes = tser.releaseBuffer();
console.log(tbytes.toString('hex'));
const tdes = new v8.Deserializer(tbytes);
const other = new ArrayBuffer(4);
tdes.transferArrayBuffer(7, other);
tdes.readHeader();
console.log(tdes.readValue().ab === other);

// Custom host objects through subclassing, as Node documents.
class MySerializer extends v8.Serializer {
  _writeHostObject(obj) { this.writeUint32(obj.length); return true; }
}
const ms = new MySerializer();
ms._setTreatArrayBufferViewsAsHostObjects(true);
ms.writeHeader();
ms.writeValue(new Uint8Array(5));
console.log(ms.releaseBuffer().toString('hex'));

const cases = [
  () => new v8.Serializer().writeRawBytes('x'),
  () => new v8.Serializer().transferArrayBuffer(1, 'x'),
  () => new v8.Deserializer(1),
  () => new v8.Deserializer(Buffer.alloc(0)).readUint32(),
  () => new v8.Deserializer(Buffer.alloc(0)).readValue(),
  () => new v8.Deserializer(Buffer.alloc(0)).readHeader(),
  () => new v8.Deserializer(Buffer.from([0xff, 0x0c])).readHeader(),
  () => new v8.Deserializer(Buffer.from([0xff, 0x10])).readHeader(),
  () => new v8.Deserializer(Buffer.alloc(1)).readDouble(),
  () => new v8.Deserializer(Buffer.alloc(1)).readRawBytes(5),
  () => v8.deserialize(Buffer.from([0xff, 0x0f, 0x99])),
  () => v8.deserialize(Buffer.from([0xff, 0x0f, 0x6f, 0x22])),
  () => v8.deserialize('x'),
  () => v8.setFlagsFromString(1),
  () => v8.startupSnapshot.addSerializeCallback(() => {}),
  () => v8.startupSnapshot.setDeserializeMainFunction(1),
];
for (const f of cases) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}

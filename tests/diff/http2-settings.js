// node:http2's SETTINGS helpers and constants (HTTP/2 sessions are not implemented in protoJS).
const http2 = require('http2');
console.log(Object.keys(http2).sort().join(' '));
console.log(Object.keys(http2.constants).length, http2.constants.NGHTTP2_REFUSED_STREAM,
  http2.constants.HTTP2_HEADER_STATUS, http2.constants.HTTP2_METHOD_GET, http2.constants.HTTP_STATUS_OK);
console.log(http2.getDefaultSettings());
const all = { headerTableSize: 1, enablePush: false, initialWindowSize: 3, maxFrameSize: 16384,
  maxConcurrentStreams: 5, maxHeaderListSize: 6, enableConnectProtocol: true };
console.log(http2.getPackedSettings(all).toString('hex'));
console.log(http2.getPackedSettings().toString('hex'), http2.getPackedSettings({ customSettings: { 10: 5 } }).toString('hex'));
console.log(http2.getPackedSettings({ initialWindowSize: 2 ** 31 - 1, headerTableSize: 2 ** 32 - 1 }).toString('hex'));
console.log(http2.getUnpackedSettings(http2.getPackedSettings(all)));
console.log(http2.getUnpackedSettings(Buffer.from('000a00000005000200000000000800000001000300000009', 'hex')));
console.log(http2.getUnpackedSettings(new Uint8Array([0, 1, 0, 0, 0, 1])), http2.getUnpackedSettings(Buffer.from('000200000005', 'hex')));
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
for (const f of [
  () => http2.getPackedSettings({ headerTableSize: -1 }),
  () => http2.getPackedSettings({ headerTableSize: '1' }),
  () => http2.getPackedSettings({ maxFrameSize: 1 }),
  () => http2.getPackedSettings({ initialWindowSize: 2 ** 31 }),
  () => http2.getPackedSettings({ enablePush: 1 }),
  () => http2.getPackedSettings({ customSettings: { 70000: 1 } }),
  () => http2.getPackedSettings({ customSettings: { 10: -1 } }),
  () => http2.getPackedSettings({ customSettings: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 9: 9, 10: 10, 11: 11, 12: 12 } }),
  () => http2.getPackedSettings(1),
  () => http2.getUnpackedSettings(Buffer.alloc(5)),
  () => http2.getUnpackedSettings('x'),
  () => http2.getUnpackedSettings(Buffer.from('000500000005', 'hex'), { validate: true }),
]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.min, e.max); }
}

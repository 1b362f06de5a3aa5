'use strict';
// node:fs edge cases: /proc and /dev files (no size), empty files, BOM, invalid UTF-8, lone
// surrogates, large strings, abort while a read is in flight.
const fs=require('fs');
const show=(l,f)=>{try{const v=f();console.log(l,'ok',v)}catch(e){console.log(l,e.name,e.code,e.message)}};
show('proc', ()=>fs.readFileSync('/proc/self/status','utf8').startsWith('Name:'));
show('proc big', ()=>fs.readFileSync('/proc/self/maps').length > 0);
show('devnull', ()=>fs.readFileSync('/dev/null').length);
show('empty', ()=>{fs.writeFileSync('/tmp/pjs-e',''); return [fs.readFileSync('/tmp/pjs-e','utf8'), fs.readFileSync('/tmp/pjs-e')]});
show('bom', ()=>{fs.writeFileSync('/tmp/pjs-e','\ufeffabc'); return fs.readFileSync('/tmp/pjs-e','utf8').length});
show('invalid utf8', ()=>{fs.writeFileSync('/tmp/pjs-e',Buffer.from([0x61,0xff,0xc3,0x62,0xe2,0x82])); return JSON.stringify(fs.readFileSync('/tmp/pjs-e','utf8'))});
show('lone surrogate', ()=>{fs.writeFileSync('/tmp/pjs-e','a\ud800b'); return fs.readFileSync('/tmp/pjs-e')});
show('lone surrogate write', ()=>{const fd=fs.openSync('/tmp/pjs-e','w'); const n=fs.writeSync(fd,'\udc00'); fs.closeSync(fd); return [n, fs.readFileSync('/tmp/pjs-e')]});
show('emoji', ()=>{fs.writeFileSync('/tmp/pjs-e','😀é'); return [fs.readFileSync('/tmp/pjs-e','utf8'), fs.statSync('/tmp/pjs-e').size]});
const big = 'x'.repeat(300000)+'end';
fs.writeFileSync('/tmp/pjs-e', big);
show('big string', ()=>fs.readFileSync('/tmp/pjs-e','utf8').length);
fs.readFile('/proc/self/status','utf8',(e,d)=>{console.log('async proc', e, d.startsWith('Name:'));
const ac=new AbortController();
fs.readFile('/tmp/pjs-e',{signal:ac.signal},(e,d)=>{console.log('abort mid', e && e.name, e && e.code, d); fs.unlinkSync('/tmp/pjs-e');});
ac.abort();
});

'use strict';
// node:fs edge cases: /proc and /dev files (no size), empty files, BOM, invalid UTF-8, lone
// surrogates, large strings, abort while a read is in flight.
const fs=require('fs');
// One file per process: suites of several checkouts may run at once on this machine.
const F=require('path').join(require('os').tmpdir(), 'pjs-edge-' + process.pid);
const show=(l,f)=>{try{const v=f();console.log(l,'ok',v)}catch(e){console.log(l,e.name,e.code,e.message)}};
show('proc', ()=>fs.readFileSync('/proc/self/status','utf8').startsWith('Name:'));
show('proc big', ()=>fs.readFileSync('/proc/self/maps').length > 0);
show('devnull', ()=>fs.readFileSync('/dev/null').length);
show('empty', ()=>{fs.writeFileSync(F,''); return [fs.readFileSync(F,'utf8'), fs.readFileSync(F)]});
show('bom', ()=>{fs.writeFileSync(F,'\ufeffabc'); return fs.readFileSync(F,'utf8').length});
show('invalid utf8', ()=>{fs.writeFileSync(F,Buffer.from([0x61,0xff,0xc3,0x62,0xe2,0x82])); return JSON.stringify(fs.readFileSync(F,'utf8'))});
show('lone surrogate', ()=>{fs.writeFileSync(F,'a\ud800b'); return fs.readFileSync(F)});
show('lone surrogate write', ()=>{const fd=fs.openSync(F,'w'); const n=fs.writeSync(fd,'\udc00'); fs.closeSync(fd); return [n, fs.readFileSync(F)]});
show('emoji', ()=>{fs.writeFileSync(F,'😀é'); return [fs.readFileSync(F,'utf8'), fs.statSync(F).size]});
const big = 'x'.repeat(300000)+'end';
fs.writeFileSync(F, big);
show('big string', ()=>fs.readFileSync(F,'utf8').length);
fs.readFile('/proc/self/status','utf8',(e,d)=>{console.log('async proc', e, d.startsWith('Name:'));
const ac=new AbortController();
fs.readFile(F,{signal:ac.signal},(e,d)=>{console.log('abort mid', e && e.name, e && e.code, d); fs.unlinkSync(F);});
ac.abort();
});

'use strict';
// fs.Dir: readSync/read/close in every form, recursive, encodings, queued reads, errors.
const fs=require('fs');
const os=require('os'); const path=require('path');
const root=fs.mkdtempSync(path.join(os.tmpdir(),'fsx-dir-'));
fs.mkdirSync(root+'/sub/deep',{recursive:true});
for (let i=1;i<=5;i++) fs.writeFileSync(root+'/sub/f'+i,''); fs.writeFileSync(root+'/a',''); fs.writeFileSync(root+'/sub/deep/z','');
const d=fs.opendirSync(root,{recursive:true,bufferSize:2}); let e; const out=[]; while((e=d.readSync())!==null) out.push(path.relative(root, e.parentPath)+'|'+e.name); d.closeSync(); console.log(out.sort());
const d2=fs.opendirSync(root); const x=d2.readSync(); console.log(Object.keys(x), x.constructor.name, d2.path===root, Object.keys(d2), x.isDirectory(), x.isFile());
try{d2.closeSync(); d2.closeSync()}catch(e){console.log(e.code,e.message,e.name)}
try{d2.readSync()}catch(e){console.log(e.code,e.message)}
d2.close().catch(e=>console.log('p',e.code));
d2.close((e)=>console.log('cb',e.code));
d2.read().catch(e=>console.log('read rejects',e.code));
try { d2.read(()=>{}) } catch(e){console.log('read cb throws',e.code)}
try{fs.opendirSync('/nonexist')}catch(e){console.log(e.message,Object.keys(e))}
try{fs.opendirSync(root+'/a')}catch(e){console.log(e.message)}
try{fs.opendirSync('/tmp',{bufferSize:0})}catch(e){console.log(e.code,e.message)}
try{fs.opendirSync('/tmp',{bufferSize:'1'})}catch(e){console.log(e.code,e.message)}
try{fs.opendirSync('/tmp',{encoding:'bad'})}catch(e){console.log(e.code,e.message)}
try{fs.opendir('/tmp')}catch(e){console.log(e.code,e.message)}
const d3=fs.opendirSync(root); d3.read(()=>{}); try{d3.readSync()}catch(e){console.log(e.code,e.message)} try{d3.closeSync()}catch(e){console.log(e.code,e.message)}
(async()=>{
 await new Promise((r)=>d3.close(()=>{console.log('d3 closed');r();}));
 await new Promise((r)=>fs.opendir(root+'/a',(e)=>{console.log('async notdir',e.code,e.syscall,e.path===root+'/a');r();}));
 await new Promise((r)=>fs.opendir('/nonexist',(e)=>{console.log('async',e.message, Object.keys(e));r();}));
 await fs.promises.opendir('/nonexist').catch((e)=>console.log('prom',e.message, Object.keys(e)));
 await new Promise((r)=>fs.opendir(root,{bufferSize:1},(e,d)=>{const names=[];(function next(){d.read((e,x)=>{if(x===null){console.log('cb names',names.sort());d.close(r);}else{names.push(x.name);next();}});})();}));
 const d=await fs.promises.opendir(root); const n=[]; for await (const e of d) n.push(e.name); console.log(n.sort()); try{await d.close()}catch(e){console.log(e.code)}
 const d4=fs.opendirSync(root,{encoding:'buffer'}); console.log(d4.readSync().name); d4[Symbol.dispose](); d4[Symbol.dispose](); console.log(typeof d4[Symbol.asyncDispose]);
 const d5=fs.opendirSync(root); await d5[Symbol.asyncDispose](); await d5[Symbol.asyncDispose](); console.log('ad ok');
 const d6=fs.opendirSync(root); const p=[d6.read(), d6.read(), d6.read(), d6.read()]; console.log((await Promise.all(p)).map(x=>x&&x.name).sort());
 const d7=fs.opendirSync(root, {encoding:'hex'}); console.log(d7.readSync().name.length > 0); d7.closeSync();
 fs.rmSync(root,{recursive:true});
})();

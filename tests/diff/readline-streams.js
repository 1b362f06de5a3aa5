'use strict';
// readline over real streams (PassThrough in, a collecting Writable out), step by step.
const { PassThrough, Writable } = require('stream');
const readline = require('readline');
const readlinePromises = require('readline/promises');

const tick = () => new Promise((resolve) => setImmediate(resolve));
function sink() {
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  w.text = () => JSON.stringify(chunks.join(''));
  return w;
}

async function main() {
  // 1. lines and close from a stream
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    rl.on('line', (l) => console.log('1 line', JSON.stringify(l)));
    rl.on('close', () => console.log('1 close'));
    input.write('alpha\nbe');
    input.write(Buffer.from('ta\r\ngamma €'));
    input.end('\n last');
    await tick();
    console.log('1 paused', input.isPaused(), rl.closed);
  }
  // 2. pause / resume reach the input stream
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    for (const e of ['pause', 'resume', 'close']) rl.on(e, () => console.log('2', e));
    console.log('2 flowing', input.readableFlowing);
    rl.pause();
    console.log('2 paused', input.isPaused());
    rl.resume();
    console.log('2 paused', input.isPaused());
    rl.close();
    console.log('2 after close', input.isPaused(), input.listenerCount('data'), input.listenerCount('end'));
  }
  // 3. for await
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    setImmediate(() => input.end('x\r\ny\n\nz'));
    for await (const line of rl) console.log('3 line', JSON.stringify(line));
    console.log('3 done');
  }
  // 4. promises question with output
  {
    const input = new PassThrough();
    const output = sink();
    const rl = readlinePromises.createInterface({ input, output, terminal: false });
    const p = rl.question('Q1? ');
    input.write('answer one\n');
    console.log('4 answer', await p);
    const ac = new AbortController();
    const p2 = rl.question('Q2? ', { signal: ac.signal });
    ac.abort();
    try { await p2; } catch (e) { console.log('4 aborted', e.name, e.code, e.message); }
    rl.close();
    await tick();
    console.log('4 output', output.text());
  }
  // 5. terminal mode over a stream marked as a TTY
  {
    const input = new PassThrough();
    input.isTTY = true;
    const modes = [];
    input.setRawMode = (m) => { modes.push(m); };
    const output = sink();
    output.isTTY = true;
    output.columns = 40;
    const rl = readline.createInterface({ input, output, prompt: '$ ', historySize: 5 });
    rl.on('line', (l) => console.log('5 line', JSON.stringify(l)));
    rl.prompt();
    input.write('ls -la');
    input.write('\x1b[D\x1b[D\x7f');
    input.write('\r');
    input.write('\x1b[A');
    await tick();
    console.log('5 line now', JSON.stringify(rl.line), rl.cursor, JSON.stringify(rl.history));
    input.write('\x15echo hi\r');
    input.end();
    await tick();
    console.log('5 modes', JSON.stringify(modes), rl.closed);
    console.log('5 output', output.text());
  }
  // 6. Readline over a real Writable
  {
    const output = sink();
    const r = new readlinePromises.Readline(output);
    await r.cursorTo(5).moveCursor(-1, 1).clearLine(1).clearScreenDown().commit();
    console.log('6 output', output.text());
    try { new readlinePromises.Readline(new PassThrough().end()); } catch (e) { console.log('6 error', e.code); }
  }
}
main();

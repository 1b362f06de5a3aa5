// process: resources, memory, env files, capture callback, error fields (compared with Node 24).
const path = require('path');
const show = (label, fn) => {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
};
process.env.PJS_TEST_PRESET = 'kept';
process.loadEnvFile(path.join(__dirname, 'fixtures/env/sample.env'));
for (const k of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'PJS_TEST_PRESET', 'not a pair']) show(`env ${k}`, () => process.env[k]);
show('loadEnvFile missing', () => process.loadEnvFile(path.join(__dirname, 'fixtures/env/missing.env')).replace(__dirname, ''));
show('loadEnvFile bad arg', () => process.loadEnvFile(1));
show('emitWarning.length', () => process.emitWarning.length);
show('noDeprecation unset', () => process.noDeprecation);
show('threadCpuUsage keys', () => Object.keys(process.threadCpuUsage()));
show('threadCpuUsage bad prev', () => process.threadCpuUsage(1));
show('constrainedMemory type', () => typeof process.constrainedMemory());
show('availableMemory positive', () => process.availableMemory() > 0);
show('chdir to nowhere', () => { try { process.chdir('/nonexistent-dir-pjs'); } catch (e) { return [e.code, e.syscall, e.dest, e.path === process.cwd()]; } });
show('kill bad pid type', () => process.kill('x'));
show('kill bad signal', () => process.kill(process.pid, 'SIGNOPE'));
show('hrtime bad', () => process.hrtime(1));
show('hrtime length', () => process.hrtime([1, 2, 3]));
show('capture set twice', () => {
  process.setUncaughtExceptionCaptureCallback((err) => console.log('captured:', err.message));
  const has = process.hasUncaughtExceptionCaptureCallback();
  try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { return [has, e.code]; }
});
show('capture bad arg', () => process.setUncaughtExceptionCaptureCallback(5));
// stdout's own handle depends on how the test runs it (a pipe here): count timers only.
const timerResources = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout' || r === 'Immediate');
const t = setTimeout(() => {}, 10000);  // cleared by the immediate; never due first, even under load
const im = setImmediate(() => {
  show('resources with a timer', () => timerResources());
  clearTimeout(t);
  show('resources after clear', () => timerResources());
  setTimeout(() => { throw new Error('goes to the capture callback'); }, 1);
});
show('resources at start', () => timerResources());
im.unref(); im.ref();

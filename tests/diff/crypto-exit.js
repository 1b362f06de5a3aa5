// process.exit() while crypto jobs still run on the thread pool: the process ends cleanly with
// the requested code (OpenSSL is not torn down under the jobs' feet).
const crypto = require('crypto');
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('p', 's', 30000, 32, 'sha256', () => {});
  crypto.randomBytes(1 << 20, () => {});
  crypto.scrypt('p', 's', 32, { N: 1 << 12 }, () => {});
}
crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, () => {});
setTimeout(() => {
  console.log('exiting with jobs in flight');
  process.exit(3);
}, 5);

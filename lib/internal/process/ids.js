'use strict';
// process.getuid() and friends, read from /proc/self/status (no extra native binding needed).
const fs = internalBinding('fs');
function field(name, index) {
  const text = fs.readFileUtf8('/proc/self/status');
  const line = text.split('\n').find((l) => l.startsWith(name + ':'));
  return line ? Number(line.split(/\s+/)[index + 1]) : 0;
}
module.exports = {
  getuid: () => field('Uid', 0),
  geteuid: () => field('Uid', 1),
  getgid: () => field('Gid', 0),
  getegid: () => field('Gid', 1),
};

// tar (node-tar): pack a directory into a .tgz (zlib + fs streams), list it, extract it.
const tar = require('tar');
const fs = require('fs');
const os = require('os');
const path = require('path');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compat-tar-'));
  try {
    fs.mkdirSync(path.join(dir, 'src/sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src/a.txt'), 'alpha\n'.repeat(1000));
    fs.writeFileSync(path.join(dir, 'src/sub/b.bin'), Buffer.from(Array.from({ length: 5000 }, (_, i) => i & 255)));
    await tar.c({ gzip: true, file: path.join(dir, 'out.tgz'), cwd: path.join(dir, 'src'), portable: true }, ['a.txt', 'sub']);
    const listed = [];
    await tar.t({ file: path.join(dir, 'out.tgz'), onReadEntry: (e) => listed.push(`${e.path}:${e.size}`) });
    console.log(listed.sort());
    fs.mkdirSync(path.join(dir, 'x'));
    await tar.x({ file: path.join(dir, 'out.tgz'), cwd: path.join(dir, 'x') });
    console.log(fs.readFileSync(path.join(dir, 'x/a.txt'), 'utf8').length,
      fs.readFileSync(path.join(dir, 'x/sub/b.bin')).equals(fs.readFileSync(path.join(dir, 'src/sub/b.bin'))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

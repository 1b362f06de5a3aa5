// fs-extra (graceful-fs underneath): copy a tree, JSON files, ensure/move/remove, in a temp dir.
const fse = require('fs-extra');
const os = require('os');
const path = require('path');
(async () => {
  const dir = await fse.mkdtemp(path.join(os.tmpdir(), 'compat-fse-'));
  try {
    await fse.outputFile(path.join(dir, 'src/a/b.txt'), 'hello');
    await fse.outputJson(path.join(dir, 'src/conf.json'), { x: 1, list: [1, 2] }, { spaces: 2 });
    await fse.copy(path.join(dir, 'src'), path.join(dir, 'dst'));
    console.log(await fse.readJson(path.join(dir, 'dst/conf.json')), await fse.readFile(path.join(dir, 'dst/a/b.txt'), 'utf8'));
    await fse.ensureDir(path.join(dir, 'deep/er/est'));
    await fse.move(path.join(dir, 'dst/a'), path.join(dir, 'moved'));
    console.log(await fse.pathExists(path.join(dir, 'dst/a')), await fse.pathExists(path.join(dir, 'moved/b.txt')));
    console.log((await fse.readdir(dir)).sort());
    await fse.remove(path.join(dir, 'src'));
    console.log(fse.existsSync(path.join(dir, 'src')));
    try { await fse.readJson(path.join(dir, 'missing.json')); } catch (e) { console.log(e.code, e.syscall); }
  } finally {
    await fse.remove(dir);
  }
})();

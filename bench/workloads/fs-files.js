// bench: runs=7 quick=2
// fs: write and read back 2,000 small files with fs.promises, then one 64 MB file with the
// synchronous API; prints the byte totals.
const fs = require('fs');
const os = require('os');
const path = require('path');
async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pjs-bench-'));
  try {
    let total = 0;
    await Promise.all(Array.from({ length: 2000 }, (_, i) => fs.promises.writeFile(path.join(dir, `f${i}.txt`), `file ${i}\n`.repeat(50))));
    const names = await fs.promises.readdir(dir);
    for (const n of names) total += (await fs.promises.readFile(path.join(dir, n))).length;
    const big = Buffer.alloc(64 * 1024 * 1024, 7);
    fs.writeFileSync(path.join(dir, 'big.bin'), big);
    const back = fs.readFileSync(path.join(dir, 'big.bin'));
    console.log(names.length, total, back.length, back[12345]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
main();

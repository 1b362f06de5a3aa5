// bench: runs=15 quick=3
// require-tree.js with the compile cache enabled first (module.enableCompileCache, Node 24's API
// on both runtimes). The warm-up run fills the cache, so the measured runs read it.
const os = require('os');
const path = require('path');
require('module').enableCompileCache(path.join(os.tmpdir(), 'protojs-bench-compile-cache'));
require('./require-tree.js');

'use strict';
// Which deprecation warnings url.parse, url.resolve and punycode emit, and when.
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code} ${w.message}`));
const fromNodeModules = require('./fixtures/url-deprecations/node_modules/uses-deprecated');
console.log(fromNodeModules());
setImmediate(() => {
  console.log('after node_modules use:', warnings.length, warnings);
  const url = require('url');
  console.log(url.format({ protocol: 'http', host: 'x' }), url.parse('http://a:b/c').href);
  url.parse('http://a:123x/');
  console.log(url.resolve('http://a/b', 'c'));
  require('punycode');
  setImmediate(() => console.log('after user-code use:', warnings));
});

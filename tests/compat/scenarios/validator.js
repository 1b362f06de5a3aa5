const v = require('validator');
console.log(v.isEmail('a@b.co'), v.isURL('https://x.org/p?q=1'), v.isUUID('nope'), v.escape('<a>'), v.isIP('::1'), v.toInt('42'));

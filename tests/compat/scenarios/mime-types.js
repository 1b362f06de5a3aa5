const mime = require('mime-types');
console.log(mime.lookup('a.json'), mime.contentType('html'), mime.extension('image/png'), mime.charset('text/plain'), mime.lookup('x.unknownext'));

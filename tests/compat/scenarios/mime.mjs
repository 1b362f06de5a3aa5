import mime from 'mime';
console.log(mime.getType('x.txt'), mime.getType('a/b/c.webp'), mime.getExtension('application/json'));

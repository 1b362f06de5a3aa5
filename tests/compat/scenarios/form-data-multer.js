// form-data (client side multipart) posted with http.request to an express app using multer.
const http = require('http');
const express = require('express');
const multer = require('multer');
const FormData = require('form-data');
const app = express();
const upload = multer({ storage: multer.memoryStorage() });
app.post('/up', upload.single('file'), (req, res) => {
  res.json({ field: req.body.name, file: req.file.originalname, size: req.file.size, type: req.file.mimetype, text: req.file.buffer.toString() });
});
const server = app.listen(0, '127.0.0.1', () => {
  const form = new FormData();
  form.append('name', 'report');
  form.append('file', Buffer.from('file body here'), { filename: 'r.txt', contentType: 'text/plain' });
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', path: '/up', headers: form.getHeaders() }, (res) => {
    let d = ''; res.on('data', (c) => { d += c; }); res.on('end', () => { console.log(res.statusCode, d); server.close(); });
  });
  form.pipe(req);
});

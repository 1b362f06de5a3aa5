// supertest driving an express app (the usual way express apps are tested).
const express = require('express');
const request = require('supertest');
const app = express();
app.use(express.json());
app.get('/user', (req, res) => res.status(200).json({ name: 'john' }));
app.post('/user', (req, res) => res.status(201).set('location', '/user/1').json(req.body));
app.get('/text', (req, res) => res.type('text').send('hi there'));
(async () => {
  const a = await request(app).get('/user').expect('Content-Type', /json/).expect(200);
  console.log(a.body);
  const b = await request(app).post('/user').send({ name: 'ann' }).expect(201);
  console.log(b.headers.location, b.body);
  const c = await request(app).get('/text'); console.log(c.status, c.text, c.headers['content-type']);
  const d = await request(app).get('/nothing'); console.log(d.status);
})();

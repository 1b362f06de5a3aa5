const jwt = require('jsonwebtoken');
const token = jwt.sign({ sub: 'u1', iat: 1700000000 }, 'key', { algorithm: 'HS256' });
console.log(token, jwt.verify(token, 'key').sub);
try { jwt.verify(token, 'wrong'); } catch (e) { console.log(e.name, e.message); }

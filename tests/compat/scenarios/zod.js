const { z } = require('zod');
const User = z.object({ name: z.string().min(2), age: z.number().int().positive().optional() });
console.log(User.parse({ name: 'Al', age: 3 }), User.safeParse({ name: 'A', age: -1 }).success);
const r = User.safeParse({ name: 1 }); console.log(r.error.issues.map((i) => i.path.join('.') + ':' + i.code));

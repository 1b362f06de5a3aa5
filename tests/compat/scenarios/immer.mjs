import { produce } from 'immer';
const base = { list: [{ done: false }], n: 1 };
const next = produce(base, (d) => { d.list[0].done = true; d.n++; });
console.log(base.list[0].done, next.list[0].done, next.n, Object.isFrozen(next), next.list !== base.list);

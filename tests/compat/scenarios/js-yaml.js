const yaml = require('js-yaml');
const doc = yaml.load('a: 1\nlist:\n  - x\n  - {y: 2}\nstr: "q"\n');
console.log(doc, JSON.stringify(yaml.dump({ k: [1, 'two'], n: null })));

const YAML = require('yaml');
console.log(YAML.parse('a: [1, 2]\nb:\n  c: true\n'), JSON.stringify(YAML.stringify({ x: { y: [1] } })));

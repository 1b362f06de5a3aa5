const Handlebars = require('handlebars');
Handlebars.registerHelper('up', (s) => s.toUpperCase());
console.log(Handlebars.compile('{{#each xs}}[{{up this}}]{{/each}} {{{raw}}} {{esc}}')({ xs: ['a', 'b'], raw: '<i>', esc: '<b>' }));

const Mustache = require('mustache');
console.log(Mustache.render('{{#items}}<{{name}}>{{/items}}{{^none}}!{{/none}}', { items: [{ name: 'a' }, { name: 'b' }] }));

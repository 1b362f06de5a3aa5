const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({ type: 'object', properties: { n: { type: 'integer', minimum: 1 } }, required: ['n'] });
console.log(validate({ n: 3 }), validate({ n: 0 }), validate.errors.map((e) => e.message));

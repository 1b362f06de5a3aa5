import { v4, v5, validate, version, NIL } from 'uuid';
console.log(validate(v4()), version(v4()), v5('hello', v5.URL), NIL);

import { customAlphabet } from 'nanoid';
import { nanoid } from 'nanoid/non-secure';
console.log(nanoid().length, customAlphabet('abc', 8)().length);

// %s and showHidden treat the runtime's globals (Buffer, URL, AbortSignal …) as Node does: not built-ins.
const util = require('util');
console.log(util.format('%s', Buffer.from('a')), util.format('%s', new URL('http://x/')), util.format('%s', new Date(0)), util.format('%s', [1,2]), util.format('%s', new Map([[1,2]])), util.format('%s', new AbortController().signal));
console.log(util.inspect(Buffer.prototype, { showHidden: true }).split('\n').length > 1);

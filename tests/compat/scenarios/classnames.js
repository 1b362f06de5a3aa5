const cx = require('classnames');
console.log(cx('a', { b: true, c: false }, ['d', { e: 1 }]), cx(null, undefined, 0, ''));

const semver = require('semver');
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'), semver.coerce('v2.1').version);
console.log(semver.sort(['1.10.0', '1.2.0', '1.2.0-beta.1']), semver.maxSatisfying(['1.0.0', '1.5.0', '2.0.0'], '~1.4 || ^1.5'));
console.log(semver.valid('nope'), semver.gt('2.0.0', '1.9.9'), semver.diff('1.0.0', '2.0.0'));

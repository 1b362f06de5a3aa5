'use strict';
// Differential: errors thrown by the http API for bad arguments (class, code, message).
const http = require('http');

function show(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.on === 'function') r.on('error', () => {});
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const res = () => new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
show('validateHeaderName number', () => http.validateHeaderName(1));
show('validateHeaderName space', () => http.validateHeaderName('a b'));
show('validateHeaderName ok', () => http.validateHeaderName('X-Ok'));
show('validateHeaderValue undefined', () => http.validateHeaderValue('h', undefined));
show('validateHeaderValue CR', () => http.validateHeaderValue('h', 'a\rb'));
show('validateHeaderValue number', () => http.validateHeaderValue('h', 5));
show('writeHead 99', () => res().writeHead(99));
show('writeHead 1000', () => res().writeHead(1000));
show('writeHead string', () => res().writeHead('x'));
show('writeHead reason CRLF', () => res().writeHead(200, 'a\r\nb'));
show('writeHead odd array', () => res().writeHead(200, ['a', 'b', 'c']));
show('writeHead bad header', () => res().writeHead(200, { 'a b': 1 }));
show('writeHead bad value', () => res().writeHead(200, { a: 'x\n' }));
show('setHeader undefined', () => res().setHeader('a', undefined));
show('setHeader bad name', () => res().setHeader('', 'x'));
show('getHeader number', () => res().getHeader(5));
show('hasHeader number', () => res().hasHeader(5));
show('removeHeader number', () => res().removeHeader(5));
show('write number', () => res().write(5));
show('write null', () => res().write(null));
show('addTrailers bad name', () => res().addTrailers({ 'a b': 1 }));
show('addTrailers bad value', () => res().addTrailers({ a: '\n' }));
show('setHeaders array', () => res().setHeaders([]));
show('request bad method', () => http.request({ method: 'G ET' }));
show('request method number', () => http.request({ method: 5 }));
show('request https', () => http.request({ protocol: 'https:' }));
show('request ftp url', () => http.request('ftp://x/'));
show('request bad path', () => http.request({ path: '/\u0100' }));
show('request bad agent', () => http.request({ agent: 5 }));
show('request timeout', () => http.request({ timeout: 'x' }));
show('request maxHeaderSize', () => http.request({ maxHeaderSize: -1 }));
show('request insecureHTTPParser', () => http.request({ insecureHTTPParser: 'yes' }));
show('request bad url', () => http.request('http://[bad'));
show('server options', () => http.createServer(5));
show('server maxHeaderSize', () => http.createServer({ maxHeaderSize: 'x' }));
show('server timeouts', () => http.createServer({ headersTimeout: 10, requestTimeout: 5 }));
show('server requireHostHeader', () => http.createServer({ requireHostHeader: 1 }));
show('agent scheduling', () => new http.Agent({ scheduling: 'x' }));
show('agent maxTotalSockets', () => new http.Agent({ maxTotalSockets: -1 }));
show('setMaxIdleHTTPParsers', () => http.setMaxIdleHTTPParsers(0));
show('setMaxIdleHTTPParsers string', () => http.setMaxIdleHTTPParsers('1'));
show('OutgoingMessage _implicitHeader', () => new http.OutgoingMessage()._implicitHeader());
console.log(JSON.stringify(http.METHODS));
console.log(JSON.stringify(http.STATUS_CODES));

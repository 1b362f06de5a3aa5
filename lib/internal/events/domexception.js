'use strict';
// WebIDL DOMException, as Node's (lib/internal/per_context/domexception.js): the reason of
// aborted AbortSignals ('AbortError', 'TimeoutError'). It lives here because AbortSignal is its
// first user; it is also what the DOMException global should be.

// Value of "this" must be of type DOMException (Node builds this error by hand, as here).
function throwInvalidThisError(Base, type) {
  const err = new Base();
  const key = 'ERR_INVALID_THIS';
  Object.defineProperties(err, {
    message: {
      __proto__: null,
      value: `Value of "this" must be of ${type}`,
      enumerable: false,
      writable: true,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value: function toString() {
        return `${this.name} [${key}]: ${this.message}`;
      },
      enumerable: false,
      writable: true,
      configurable: true,
    },
  });
  err.code = key;
  throw err;
}

const internalsMap = new WeakMap();
const nameToCodeMap = new Map();

// Names removed from the WebIDL error names table: their code is 0.
const disusedNamesSet = new Set(['DOMStringSizeError', 'NoDataAllowedError', 'ValidationError']);

// DOMException's prototype chain is Error.prototype, but DOMException itself inherits from
// Function.prototype, so `class ... extends Error` cannot be used: the constructor makes a real
// Error object (with the engine's error data and stack) and returns it with its prototype set.
class DOMException {
  constructor(message = '', options = 'Error') {
    // eslint-disable-next-line no-restricted-syntax
    const self = new Error();
    Object.setPrototypeOf(self, new.target.prototype);
    if (options && typeof options === 'object') {
      const { name } = options;
      internalsMap.set(self, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true,
          enumerable: false,
        });
      }
    } else {
      internalsMap.set(self, { message: `${message}`, name: `${options}` });
    }
    // The engine gave the Error an own (empty) message; DOMException's is a prototype getter.
    delete self.message;
    // eslint-disable-next-line no-constructor-return
    return self;
  }

  get name() {
    const internals = internalsMap.get(this);
    if (internals === undefined) throwInvalidThisError(TypeError, 'DOMException');
    return internals.name;
  }

  get message() {
    const internals = internalsMap.get(this);
    if (internals === undefined) throwInvalidThisError(TypeError, 'DOMException');
    return internals.message;
  }

  get code() {
    const internals = internalsMap.get(this);
    if (internals === undefined) throwInvalidThisError(TypeError, 'DOMException');
    if (disusedNamesSet.has(internals.name)) return 0;
    return nameToCodeMap.get(internals.name) ?? 0;
  }
}

const DOMExceptionPrototype = DOMException.prototype;
Object.setPrototypeOf(DOMExceptionPrototype, Error.prototype);
Object.defineProperties(DOMExceptionPrototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (const { 0: name, 1: codeName, 2: value } of [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
]) {
  const desc = { __proto__: null, enumerable: true, value };
  Object.defineProperty(DOMException, codeName, desc);
  Object.defineProperty(DOMExceptionPrototype, codeName, desc);
  nameToCodeMap.set(name, value);
}

module.exports = { DOMException };

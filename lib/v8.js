'use strict';
// node:v8 on QuickJS: heap figures mapped onto V8's field names (from the engine's own memory
// accounting, internalBinding('v8')), the value serializer in V8's wire format (so bytes are
// exchanged with Node), and the startup-snapshot API (protoJS never builds snapshots).
// Not provided: heap snapshots, coverage collection, GCProfiler, queryObjects, promiseHooks,
// startCpuProfile (README's status table) — code that feature-tests for them sees undefined.

const binding = internalBinding('v8');
const { validateString } = require('internal/validators');
const { ERR_NOT_BUILDING_SNAPSHOT } = require('internal/errors').codes;
const { Serializer, DefaultSerializer } = require('internal/v8/serializer');
const { Deserializer, DefaultDeserializer } = require('internal/v8/deserializer');

let peakMalloced = 0;

function figures() {
  const f = binding.heapFigures();
  if (f.mallocSize > peakMalloced) peakMalloced = f.mallocSize;
  // QuickJS's limit is "none" (-1) unless one was set; V8's default limit depends on RAM.
  f.limit = f.mallocLimit > 0 && f.mallocLimit < Number.MAX_SAFE_INTEGER ? f.mallocLimit : binding.totalMemory();
  f.code = f.codeSize + f.pc2lineSize;
  return f;
}

function getHeapStatistics() {
  const f = figures();
  return {
    total_heap_size: f.mallocSize,
    total_heap_size_executable: f.code,
    total_physical_size: f.mallocSize,
    total_available_size: Math.max(0, f.limit - f.mallocSize),
    used_heap_size: f.memoryUsed,
    heap_size_limit: f.limit,
    malloced_memory: f.mallocSize,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: 0,  // ArrayBuffer memory is allocated in the engine heap, counted above
  };
}

const kSpaces = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'shared_trusted_space', 'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space', 'shared_trusted_large_object_space', 'trusted_large_object_space',
];

// QuickJS has one heap: bytecode is reported as code_space and everything else as old_space;
// V8's other spaces do not exist here and are reported empty.
function getHeapSpaceStatistics() {
  const f = figures();
  return kSpaces.map((space_name) => {
    let size = 0;
    let used = 0;
    let available = 0;
    if (space_name === 'old_space') {
      size = Math.max(0, f.mallocSize - f.code);
      used = Math.max(0, f.memoryUsed - f.code);
      available = Math.max(0, f.limit - f.mallocSize);
    } else if (space_name === 'code_space') {
      size = used = f.code;
    }
    return { space_name, space_size: size, space_used_size: used, space_available_size: available, physical_space_size: size };
  });
}

function getHeapCodeStatistics() {
  const f = figures();
  return {
    code_and_metadata_size: f.code,
    bytecode_and_metadata_size: f.code,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// A 32-bit tag that changes whenever compiled code would not be reusable: derived from the
// engine and runtime versions (V8's is derived from its version and flags).
function cachedDataVersionTag() {
  const key = `quickjs-${process.versions.quickjs}-protojs-${process.versions.protojs}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// V8 flags have no meaning for QuickJS: the string is checked and otherwise ignored.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) if (content.charCodeAt(i) > 0xff) return false;
  return true;
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// Coverage is collected only under NODE_V8_COVERAGE, which protoJS does not support: as in
// Node without it, these do nothing.
function takeCoverage() {}
function stopCoverage() {}

const startupSnapshot = {
  isBuildingSnapshot() { return 0; },  // Node returns its flag cell's 0, not false
  addSerializeCallback(callback, data) { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
  addDeserializeCallback(callback, data) { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
  setDeserializeMainFunction(callback, data) { throw new ERR_NOT_BUILDING_SNAPSHOT(); },
};

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  startupSnapshot,
  isStringOneByteRepresentation,
};

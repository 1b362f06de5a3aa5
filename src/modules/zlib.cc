// internalBinding('zlib'): the stream contexts Zlib, BrotliEncoder, BrotliDecoder, ZstdCompress
// and ZstdDecompress (zlib_stream.cc, brotli_stream.cc, zstd_stream.cc), crc32(view, value) and `constants` (Node's
// zlib.constants, in Node's order; values from zlib.h, brotli's and zstd's headers).
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>
#include <zstd.h>
#include <cmath>
#include "core/environment.h"
#include "modules/zlib_compression.h"

namespace pjs {

// crc32(view, value): zlib's CRC-32 of the bytes, continuing from `value`.
static Value crc32Of(Call& c) {
  ByteView v = viewBytes(c, 0, "data");
  int64_t start = c.integer(1, "value");
  uLong crc = static_cast<uLong>(start & 0xFFFFFFFF);
  const uint8_t* p = v.data;
  size_t left = v.length;
  while (left > 0) {  // crc32() takes a uInt length
    uInt n = left > 0x40000000 ? 0x40000000 : static_cast<uInt>(left);
    crc = crc32(crc, p, n);
    p += n;
    left -= n;
  }
  return i64(c.ctx(), static_cast<int64_t>(crc & 0xFFFFFFFF));
}

#define PJS_ZLIB_CONSTANTS(V)                                                                  \
  V(Z_NO_FLUSH) V(Z_PARTIAL_FLUSH) V(Z_SYNC_FLUSH) V(Z_FULL_FLUSH) V(Z_FINISH) V(Z_BLOCK)     \
  V(Z_OK) V(Z_STREAM_END) V(Z_NEED_DICT) V(Z_ERRNO) V(Z_STREAM_ERROR) V(Z_DATA_ERROR)         \
  V(Z_MEM_ERROR) V(Z_BUF_ERROR) V(Z_VERSION_ERROR) V(Z_NO_COMPRESSION) V(Z_BEST_SPEED)        \
  V(Z_BEST_COMPRESSION) V(Z_DEFAULT_COMPRESSION) V(Z_FILTERED) V(Z_HUFFMAN_ONLY) V(Z_RLE)     \
  V(Z_FIXED) V(Z_DEFAULT_STRATEGY) V(ZLIB_VERNUM)

#define PJS_BROTLI_CONSTANTS(V)                                                                \
  V(BROTLI_OPERATION_PROCESS) V(BROTLI_OPERATION_FLUSH) V(BROTLI_OPERATION_FINISH)            \
  V(BROTLI_OPERATION_EMIT_METADATA) V(BROTLI_PARAM_MODE) V(BROTLI_MODE_GENERIC)               \
  V(BROTLI_MODE_TEXT) V(BROTLI_MODE_FONT) V(BROTLI_DEFAULT_MODE) V(BROTLI_PARAM_QUALITY)      \
  V(BROTLI_MIN_QUALITY) V(BROTLI_MAX_QUALITY) V(BROTLI_DEFAULT_QUALITY) V(BROTLI_PARAM_LGWIN) \
  V(BROTLI_MIN_WINDOW_BITS) V(BROTLI_MAX_WINDOW_BITS) V(BROTLI_LARGE_MAX_WINDOW_BITS)         \
  V(BROTLI_DEFAULT_WINDOW) V(BROTLI_PARAM_LGBLOCK) V(BROTLI_MIN_INPUT_BLOCK_BITS)             \
  V(BROTLI_MAX_INPUT_BLOCK_BITS) V(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING)             \
  V(BROTLI_PARAM_SIZE_HINT) V(BROTLI_PARAM_LARGE_WINDOW) V(BROTLI_PARAM_NPOSTFIX)             \
  V(BROTLI_PARAM_NDIRECT) V(BROTLI_DECODER_RESULT_ERROR) V(BROTLI_DECODER_RESULT_SUCCESS)     \
  V(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) V(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT)        \
  V(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION) V(BROTLI_DECODER_PARAM_LARGE_WINDOW) \
  V(BROTLI_DECODER_NO_ERROR) V(BROTLI_DECODER_SUCCESS) V(BROTLI_DECODER_NEEDS_MORE_INPUT)     \
  V(BROTLI_DECODER_NEEDS_MORE_OUTPUT) V(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE)         \
  V(BROTLI_DECODER_ERROR_FORMAT_RESERVED) V(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE) \
  V(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET)                                      \
  V(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME) V(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE)  \
  V(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE) V(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT) \
  V(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1) V(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2) \
  V(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM) V(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY)          \
  V(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS) V(BROTLI_DECODER_ERROR_FORMAT_PADDING_1)         \
  V(BROTLI_DECODER_ERROR_FORMAT_PADDING_2) V(BROTLI_DECODER_ERROR_FORMAT_DISTANCE)

// Brotli 1.0.9 has no BLOCK_SWITCH error (newer versions: -17); Node lists it here.
#define PJS_BROTLI_CONSTANTS_2(V)                                                              \
  V(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET) V(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS)        \
  V(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES) V(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS)       \
  V(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP) V(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1)       \
  V(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2) V(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES)  \
  V(BROTLI_DECODER_ERROR_UNREACHABLE)

static Value makeConstants(JSContext* ctx) {
  Value k(ctx, JS_NewObjectProto(ctx, JS_NULL));  // Node's constants object has no prototype
  auto set = [&](const char* name, double v) { k.set(name, num(ctx, v)); };
#define SET(name) set(#name, static_cast<double>(name));
  PJS_ZLIB_CONSTANTS(SET)
  // Node's stream modes.
  set("DEFLATE", 1); set("INFLATE", 2); set("GZIP", 3); set("GUNZIP", 4);
  set("DEFLATERAW", 5); set("INFLATERAW", 6); set("UNZIP", 7);
  set("BROTLI_DECODE", 8); set("BROTLI_ENCODE", 9);
  set("ZSTD_DECOMPRESS", 11); set("ZSTD_COMPRESS", 10);
  // Node's option bounds.
  set("Z_MIN_WINDOWBITS", 8); set("Z_MAX_WINDOWBITS", 15); set("Z_DEFAULT_WINDOWBITS", 15);
  set("Z_MIN_CHUNK", 64); set("Z_MAX_CHUNK", INFINITY); set("Z_DEFAULT_CHUNK", 16 * 1024);
  set("Z_MIN_MEMLEVEL", 1); set("Z_MAX_MEMLEVEL", 9); set("Z_DEFAULT_MEMLEVEL", 8);
  set("Z_MIN_LEVEL", -1); set("Z_MAX_LEVEL", 9); set("Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION);
  PJS_BROTLI_CONSTANTS(SET)
  set("BROTLI_DECODER_ERROR_FORMAT_BLOCK_SWITCH", -17);
  PJS_BROTLI_CONSTANTS_2(SET)
#undef SET
  setZstdConstants(k);
  return k;
}

void init_zlib_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  defineZlibStream(ctx, t);
  defineBrotliStreams(ctx, t);
  defineZstdStreams(ctx, t);
  setMethod<crc32Of>(ctx, t, "crc32", 2);
  t.set("constants", makeConstants(ctx));
  t.set("zlibVersion", str(ctx, zlibVersion()));
  t.set("zstdVersion", str(ctx, ZSTD_versionString()));
  uint32_t bv = BrotliEncoderVersion();
  t.set("brotliVersion", str(ctx, std::to_string(bv >> 24) + "." + std::to_string((bv >> 12) & 0xFFF) +
                                      "." + std::to_string(bv & 0xFFF)));
}

}  // namespace pjs

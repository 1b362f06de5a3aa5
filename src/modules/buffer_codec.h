// Byte codecs behind Buffer: string characters (8-bit Latin-1 or 16-bit UTF-16, the engine's
// own storage) to bytes and back, for every encoding Node's Buffer knows. Pure functions over
// memory; the binding (buffer.cc) finds the memory and makes the JS values.
#pragma once
#include <cstddef>
#include <cstdint>

namespace pjs::codec {

// Encoding ids shared with lib/internal/buffer/encodings.js.
enum Encoding { UTF8 = 0, UCS2 = 1, LATIN1 = 2, ASCII = 3, BASE64 = 4, BASE64URL = 5, HEX = 6 };

// A string's characters as the engine stores them: exactly one of s8/s16 is set.
struct Chars {
  const uint8_t* s8 = nullptr;
  const uint16_t* s16 = nullptr;
  size_t len = 0;
};

// UTF-8 length of the string (lone surrogates count as U+FFFD, 3 bytes).
size_t utf8Length(const Chars& s);
// Bytes the string decodes to in `enc` when written without a size limit.
size_t byteLength(const Chars& s, Encoding enc);

// Writes the string encoded as `enc` into dst[0..cap) and returns the bytes written. UTF-8
// never writes part of a character; UCS-2 writes whole code units; hex stops at the first
// invalid pair; base64 (either alphabet) skips characters outside the alphabet and stops at '='.
size_t write(const Chars& s, Encoding enc, uint8_t* dst, size_t cap);

// Length in characters of the string `enc` decodes p[0..n) to, and whether it needs 16-bit
// storage; then decode() fills exactly that many characters into an 8- or 16-bit buffer.
struct Decoded { size_t len; bool wide; };
Decoded measure(const uint8_t* p, size_t n, Encoding enc);
void decode(const uint8_t* p, size_t n, Encoding enc, uint8_t* out8, uint16_t* out16);

// UTF-8 straight to UTF-16 in one pass: out must hold n units. Returns the units written and
// sets *maxUnit to the largest one (so the caller can store Latin-1-only text in 8 bits).
size_t decodeUtf8To16(const uint8_t* p, size_t n, uint16_t* out, uint32_t* maxUnit);
// Length of the leading run of bytes < 0x80.
size_t asciiPrefixLength(const uint8_t* p, size_t n);

// UTF-8 validity (WHATWG: no surrogates, no overlongs, <= U+10FFFF) and 7-bit check.
bool isUtf8(const uint8_t* p, size_t n);
bool isAscii(const uint8_t* p, size_t n);

}  // namespace pjs::codec

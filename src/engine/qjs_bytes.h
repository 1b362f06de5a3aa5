/* Direct access to string characters and typed-array bytes for the Buffer binding
   (src/modules/buffer*.cc), so encoders work on the engine's own storage without copies.
   Implemented in qjs_bytes.inc, compiled inside qjs_engine.c (it needs engine structures). */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "quickjs.h"
#ifdef __cplusplus
extern "C" {
#endif

/* Characters of string v: either 8-bit (Latin-1) *p8 or 16-bit *p16 (the other is NULL).
   A rope string is flattened first; *holder then owns the flat string (free it after use,
   JS_UNDEFINED otherwise). Returns -1 if v is not a string. */
int pjs_string_chars(JSContext *ctx, JSValueConst v, JSValue *holder, const uint8_t **p8,
                     const uint16_t **p16, uint32_t *len);
/* A new string of len characters with uninitialised storage to fill through *out
   (8-bit: Latin-1 characters; 16-bit: UTF-16 code units). JS_EXCEPTION when too long/OOM. */
JSValue pjs_new_string8(JSContext *ctx, uint32_t len, uint8_t **out);
JSValue pjs_new_string16(JSContext *ctx, uint32_t len, uint16_t **out);
/* Bytes of a typed array, DataView, ArrayBuffer or SharedArrayBuffer; returns -1 for other
   values. A detached buffer gives *data NULL and *len 0. */
int pjs_view_bytes(JSValueConst v, uint8_t **data, size_t *len);
/* 1 if v is (a view on) a detached ArrayBuffer. */
int pjs_is_detached(JSValueConst v);
/* 1 if v is a Uint8Array (any subclass, e.g. Buffer), else 0. */
int pjs_is_uint8array(JSValueConst v);

#ifdef __cplusplus
}
#endif

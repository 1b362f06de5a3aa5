/* protoJS: the RegExp `v` flag (unicodeSets). libregexp's LRE_FLAG_* use all 8 bits of the
   bytecode header's flags byte, so the build-time hooks (cmake/quickjs.cmake) widen that header
   field to 16 bits and this is the ninth flag. Shared by quickjs.c and libregexp.c (both hooked). */
#ifndef PJS_REGEXP_FLAGS_H
#define PJS_REGEXP_FLAGS_H
#define LRE_FLAG_UNICODE_SETS (1 << 8)
#endif

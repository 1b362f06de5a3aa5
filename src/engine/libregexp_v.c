/* Compiles libregexp.c (from Debian's QuickJS source package) into this translation unit, with
   the build-time hooks of cmake/quickjs.cmake applied to a copy (gen/libregexp_hooked.c), and
   adds the RegExp `v` flag (unicodeSets, ES2024) on top of it:
   - the flag itself (LRE_FLAG_UNICODE_SETS, bit 8 of a header field widened to 16 bits); v implies
     the u-mode parser and full-Unicode matching everywhere (the hooks set is_unicode for it);
   - pjs_re_parse_class_set(): a character class in v mode (ClassSetExpression): nested classes,
     union, `&&` intersection, `--` subtraction, \q{…} string disjunctions, the v-mode reserved
     punctuators, and its case folding: with `i`, every leaf set is simple-case-folded BEFORE any
     complement or set operation, so complements are taken among folded code points (the spec's
     AllCharacters/MaybeSimpleCaseFolding), unlike u mode which folds after inverting;
   - pjs_v_class_atom(): the same folding for \P{…} \W \D \S \p \w \d \s outside classes.
   Classes with strings compile to an alternation: strings longest first, then the single code
   points, then the empty string. Properties of strings (\p{RGI_Emoji} …) are not in libunicode's
   tables, so they are a SyntaxError ("unknown unicode property name"). */
#include "pjs_regexp_flags.h"
#include "libregexp_hooked.c"

typedef struct {
    uint32_t *c;
    int len;
} PjsStr;

typedef struct {
    CharRange cr;   /* single code points */
    PjsStr *strs;   /* strings of length 0 or >= 2 */
    int nstrs, size;
} PjsClassSet;

static void pjs_set_init(REParseState *s, PjsClassSet *set)
{
    cr_init(&set->cr, s->opaque, lre_realloc);
    set->strs = NULL;
    set->nstrs = set->size = 0;
}

static void pjs_set_free(REParseState *s, PjsClassSet *set)
{
    int i;
    cr_free(&set->cr);
    for (i = 0; i < set->nstrs; i++)
        lre_realloc(s->opaque, set->strs[i].c, 0);
    lre_realloc(s->opaque, set->strs, 0);
    set->strs = NULL;
    set->nstrs = set->size = 0;
}

static int pjs_set_find(const PjsClassSet *set, const uint32_t *c, int len)
{
    int i;
    for (i = 0; i < set->nstrs; i++) {
        if (set->strs[i].len == len && !memcmp(set->strs[i].c, c, len * sizeof(uint32_t)))
            return i;
    }
    return -1;
}

/* adds a string (not of length 1) if absent; takes no ownership of c */
static int pjs_set_add_str(REParseState *s, PjsClassSet *set, const uint32_t *c, int len)
{
    uint32_t *copy;
    if (pjs_set_find(set, c, len) >= 0)
        return 0;
    if (set->nstrs >= set->size) {
        int nsize = set->size ? set->size * 2 : 4;
        PjsStr *n = lre_realloc(s->opaque, set->strs, nsize * sizeof(PjsStr));
        if (!n)
            return -1;
        set->strs = n;
        set->size = nsize;
    }
    copy = lre_realloc(s->opaque, NULL, (len ? len : 1) * sizeof(uint32_t));
    if (!copy)
        return -1;
    memcpy(copy, c, len * sizeof(uint32_t));
    set->strs[set->nstrs].c = copy;
    set->strs[set->nstrs].len = len;
    set->nstrs++;
    return 0;
}

/* a = a op b, for CR_OP_UNION / CR_OP_INTER and op 3 = subtraction (a minus b) */
#define PJS_OP_SUB 3
static int pjs_set_op(REParseState *s, PjsClassSet *a, PjsClassSet *b, int op)
{
    CharRange r, nb;
    int i, ret;

    cr_init(&r, s->opaque, lre_realloc);
    if (op == PJS_OP_SUB) {
        cr_init(&nb, s->opaque, lre_realloc);
        /* an empty set has no points array (cr_copy would memcpy from NULL) */
        if (b->cr.len != 0 && cr_copy(&nb, &b->cr))
            goto fail_nb;
        if (cr_invert(&nb))
            goto fail_nb;
        ret = cr_op(&r, a->cr.points, a->cr.len, nb.points, nb.len, CR_OP_INTER);
        cr_free(&nb);
    } else {
        ret = cr_op(&r, a->cr.points, a->cr.len, b->cr.points, b->cr.len, op);
    }
    if (ret)
        goto fail;
    cr_free(&a->cr);
    a->cr = r;
    if (op == CR_OP_UNION) {
        for (i = 0; i < b->nstrs; i++) {
            if (pjs_set_add_str(s, a, b->strs[i].c, b->strs[i].len))
                return -1;
        }
    } else {
        /* keep a's strings that are in b (intersection) or not in b (subtraction) */
        int j = 0;
        for (i = 0; i < a->nstrs; i++) {
            int in_b = pjs_set_find(b, a->strs[i].c, a->strs[i].len) >= 0;
            if (in_b == (op == CR_OP_INTER))
                a->strs[j++] = a->strs[i];
            else
                lre_realloc(s->opaque, a->strs[i].c, 0);
        }
        a->nstrs = j;
    }
    return 0;
 fail_nb:
    cr_free(&nb);
 fail:
    cr_free(&r);
    return -1;
}

static uint32_t pjs_fold(REParseState *s, uint32_t c)
{
    return s->ignore_case ? lre_canonicalize(c, TRUE) : c;
}

/* A leaf set (range, class escape, property): simple-case-folded under `i` before any complement
   or set operation; `invert` complements it afterwards (\P \W \D \S). */
static int pjs_leaf_finish(REParseState *s, CharRange *cr, BOOL invert)
{
    if (s->ignore_case && cr_regexp_canonicalize(cr, TRUE))
        return -1;
    if (invert && cr_invert(cr))
        return -1;
    return 0;
}

/* *pp points after the backslash, at one of dDsSwWpP: builds the (folded) set in cr */
static int pjs_class_escape(REParseState *s, CharRange *cr, const uint8_t **pp)
{
    const uint8_t *p = *pp;
    int c = *p++;
    BOOL invert = (c == 'D' || c == 'S' || c == 'W' || c == 'P');

    switch (c) {
    case 'd': case 'D':
        if (cr_init_char_range(s, cr, CHAR_RANGE_d))
            return re_parse_out_of_memory(s);
        break;
    case 's': case 'S':
        if (cr_init_char_range(s, cr, CHAR_RANGE_s))
            return re_parse_out_of_memory(s);
        break;
    case 'w': case 'W':
        if (cr_init_char_range(s, cr, CHAR_RANGE_w))
            return re_parse_out_of_memory(s);
        break;
    default: /* p, P */
        if (parse_unicode_property(s, cr, &p, FALSE))
            return -1;
        break;
    }
    if (pjs_leaf_finish(s, cr, invert)) {
        cr_free(cr);
        return re_parse_out_of_memory(s);
    }
    *pp = p;
    return 0;
}

static BOOL pjs_is_class_escape(const uint8_t *p)
{
    return p[0] == '\\' && p[1] != '\0' && strchr("dDsSwWpP", p[1]);
}

/* Outside classes in v mode (hooked into re_parse_term): as get_class_atom(), but class escapes
   come back already folded under `i` (the caller then emits them without folding again). */
static int pjs_v_class_atom(REParseState *s, CharRange *cr, const uint8_t **pp)
{
    if (pjs_is_class_escape(*pp)) {
        const uint8_t *p = *pp + 1;
        if (pjs_class_escape(s, cr, &p))
            return -1;
        *pp = p;
        return CLASS_RANGE_BASE;
    }
    return get_class_atom(s, cr, pp, FALSE);
}

/* ClassSetCharacter: returns the code point or -1 (error reported) */
static int pjs_class_set_char(REParseState *s, const uint8_t **pp)
{
    const uint8_t *p = *pp;
    CharRange dummy;
    int c;

    if (p[0] == '\\') {
        if (p[1] == 'b') {
            *pp = p + 2;
            return '\b';
        }
        if (p[1] != '\0' && strchr("&-!#%,:;<=>@`~", p[1])) { /* ClassSetReservedPunctuator */
            *pp = p + 2;
            return p[1];
        }
        if (pjs_is_class_escape(p) || p[1] == 'q')
            return re_parse_error(s, "invalid escape sequence in regular expression");
        c = get_class_atom(s, &dummy, &p, TRUE);
        if (c < 0)
            return -1;
        if (c >= CLASS_RANGE_BASE) {
            cr_free(&dummy);
            return re_parse_error(s, "invalid escape sequence in regular expression");
        }
        *pp = p;
        return c;
    }
    if (p[0] == '\0' && p >= s->buf_end)
        return re_parse_error(s, "unexpected end");
    if (p[0] == p[1] && p[0] != '\0' && strchr("&!#$%*+,.:;<=>?@^`~", p[0]))
        return re_parse_error(s, "invalid set operation in character class");
    if (p[0] != '\0' && strchr("()[]{}/-|", p[0]))
        return re_parse_error(s, "invalid character in character class");
    if (p[0] >= 128) {
        c = unicode_from_utf8(p, UTF8_CHAR_LEN_MAX, &p);
    } else {
        c = *p++;
    }
    *pp = p;
    return c;
}

/* \q{…}: *pp points after "\q" */
static int pjs_class_strings(REParseState *s, PjsClassSet *set, const uint8_t **pp,
                             BOOL *may_strings)
{
    const uint8_t *p = *pp;
    uint32_t buf[64], *str = buf;
    int len = 0, cap = 64, c;

    if (*p != '{')
        return re_parse_error(s, "expecting '{' after \\q");
    p++;
    for (;;) {
        if (*p == '|' || *p == '}') {
            if (len == 1) {
                if (cr_union_interval(&set->cr, str[0], str[0]))
                    goto oom;
            } else {
                *may_strings = TRUE;
                if (pjs_set_add_str(s, set, str, len))
                    goto oom;
            }
            len = 0;
            if (*p++ == '}')
                break;
            continue;
        }
        c = pjs_class_set_char(s, &p);
        if (c < 0)
            goto fail;
        if (len >= cap) {
            uint32_t *n = lre_realloc(s->opaque, str == buf ? NULL : str, cap * 2 * sizeof(uint32_t));
            if (!n)
                goto oom;
            if (str == buf)
                memcpy(n, buf, sizeof(buf));
            str = n;
            cap *= 2;
        }
        str[len++] = pjs_fold(s, c);
    }
    if (str != buf)
        lre_realloc(s->opaque, str, 0);
    *pp = p;
    return 0;
 oom:
    re_parse_out_of_memory(s);
 fail:
    if (str != buf)
        lre_realloc(s->opaque, str, 0);
    return -1;
}

static int pjs_class_contents(REParseState *s, PjsClassSet *res, const uint8_t **pp,
                              BOOL *may_strings);

/* ClassSetOperand (or the first character of a ClassSetRange): fills `set` (initialized by the
   caller); *pch gets the raw code point when the operand is a single ClassSetCharacter, else -1 */
static int pjs_class_operand(REParseState *s, PjsClassSet *set, const uint8_t **pp,
                             BOOL *may_strings, int *pch)
{
    const uint8_t *p = *pp;
    int c;

    *pch = -1;
    *may_strings = FALSE;
    if (lre_check_stack_overflow(s->opaque, 0))
        return re_parse_error(s, "stack overflow");
    if (p[0] == '[') {
        BOOL invert = FALSE;
        p++;
        if (*p == '^') {
            p++;
            invert = TRUE;
        }
        if (pjs_class_contents(s, set, &p, may_strings))
            return -1;
        p++; /* ']' */
        if (invert) {
            if (*may_strings)
                return re_parse_error(s, "negated character class may contain strings");
            if (cr_invert(&set->cr))
                return re_parse_out_of_memory(s);
        }
    } else if (p[0] == '\\' && p[1] == 'q') {
        p += 2;
        if (pjs_class_strings(s, set, &p, may_strings))
            return -1;
    } else if (pjs_is_class_escape(p)) {
        CharRange cr;
        p++;
        if (pjs_class_escape(s, &cr, &p))
            return -1;
        cr_free(&set->cr);
        set->cr = cr;
    } else {
        c = pjs_class_set_char(s, &p);
        if (c < 0)
            return -1;
        *pch = c;
        c = pjs_fold(s, c);
        if (cr_union_interval(&set->cr, c, c))
            return re_parse_out_of_memory(s);
    }
    *pp = p;
    return 0;
}

/* ClassContents up to (not including) the closing ']' */
static int pjs_class_contents(REParseState *s, PjsClassSet *res, const uint8_t **pp,
                              BOOL *may_strings)
{
    const uint8_t *p = *pp;
    int mode = 0; /* 0: union, CR_OP_INTER, PJS_OP_SUB */
    int count = 0, c1, c2;
    BOOL had_range = FALSE, may, may2;
    PjsClassSet opnd;

    *may_strings = FALSE;
    for (;;) {
        if (*p == ']')
            break;
        if ((p[0] == '&' && p[1] == '&') || (p[0] == '-' && p[1] == '-')) {
            int op = p[0] == '&' ? CR_OP_INTER : PJS_OP_SUB;
            if (count == 0 || (mode == 0 && (count != 1 || had_range)) || (mode != 0 && mode != op))
                return re_parse_error(s, "invalid set operation in character class");
            mode = op;
            p += 2;
            if (op == CR_OP_INTER && *p == '&')
                return re_parse_error(s, "invalid set operation in character class");
            if (*p == ']')
                return re_parse_error(s, "invalid set operation in character class");
            pjs_set_init(s, &opnd);
            if (pjs_class_operand(s, &opnd, &p, &may2, &c1))
                goto fail;
            if (pjs_set_op(s, res, &opnd, op)) {
                re_parse_out_of_memory(s);
                goto fail;
            }
            pjs_set_free(s, &opnd);
            if (op == CR_OP_INTER)
                *may_strings = *may_strings && may2;
            count++;
            continue;
        }
        if (mode != 0)
            return re_parse_error(s, "invalid set operation in character class");
        pjs_set_init(s, &opnd);
        if (pjs_class_operand(s, &opnd, &p, &may, &c1))
            goto fail;
        if (c1 >= 0 && p[0] == '-' && p[1] != '-') {
            /* ClassSetRange */
            p++;
            c2 = pjs_class_set_char(s, &p);
            if (c2 < 0)
                goto fail;
            if (c2 < c1) {
                re_parse_error(s, "invalid class range");
                goto fail;
            }
            cr_free(&opnd.cr);
            cr_init(&opnd.cr, s->opaque, lre_realloc);
            if (cr_union_interval(&opnd.cr, c1, c2) || pjs_leaf_finish(s, &opnd.cr, FALSE)) {
                re_parse_out_of_memory(s);
                goto fail;
            }
            had_range = TRUE;
        }
        if (pjs_set_op(s, res, &opnd, CR_OP_UNION)) {
            re_parse_out_of_memory(s);
            goto fail;
        }
        pjs_set_free(s, &opnd);
        *may_strings = *may_strings || may;
        count++;
    }
    *pp = p;
    return 0;
 fail:
    pjs_set_free(s, &opnd);
    return -1;
}

static void pjs_emit_char(REParseState *s, uint32_t c, BOOL is_backward_dir)
{
    if (is_backward_dir)
        re_emit_op(s, REOP_prev);
    if (c <= 0xffff)
        re_emit_op_u16(s, REOP_char, c);
    else
        re_emit_op_u32(s, REOP_char32, c);
    if (is_backward_dir)
        re_emit_op(s, REOP_prev);
}

static int pjs_cmp_len_desc(const void *a, const void *b)
{
    return ((const PjsStr *)b)->len - ((const PjsStr *)a)->len;
}

/* A character class in v mode, *pp at '['. Emits a range, or with strings an alternation
   (longest strings first, then the code points, then the empty string). */
static int pjs_re_parse_class_set(REParseState *s, const uint8_t **pp, BOOL is_backward_dir)
{
    const uint8_t *p = *pp + 1;
    PjsClassSet set;
    BOOL invert = FALSE, may_strings, has_empty = FALSE;
    int i, j, nalt, alt, ngoto = 0, ret = -1;
    int *gotos = NULL;

    pjs_set_init(s, &set);
    if (*p == '^') {
        p++;
        invert = TRUE;
    }
    if (pjs_class_contents(s, &set, &p, &may_strings))
        goto done;
    p++; /* ']' */
    if (invert) {
        if (may_strings) {
            re_parse_error(s, "negated character class may contain strings");
            goto done;
        }
        if (cr_invert(&set.cr)) {
            re_parse_out_of_memory(s);
            goto done;
        }
    }
    if (set.nstrs == 0) {
        if (is_backward_dir)
            re_emit_op(s, REOP_prev);
        if (re_emit_range(s, &set.cr))
            goto done;
        if (is_backward_dir)
            re_emit_op(s, REOP_prev);
    } else {
        qsort(set.strs, set.nstrs, sizeof(PjsStr), pjs_cmp_len_desc);
        if (set.strs[set.nstrs - 1].len == 0) {
            has_empty = TRUE;
            set.nstrs--;
            lre_realloc(s->opaque, set.strs[set.nstrs].c, 0);
        }
        nalt = set.nstrs + (set.cr.len > 0) + has_empty;
        gotos = lre_realloc(s->opaque, NULL, nalt * sizeof(int));
        if (!gotos) {
            re_parse_out_of_memory(s);
            goto done;
        }
        for (alt = 0; alt < nalt; alt++) {
            int split = -1;
            if (alt < nalt - 1)
                split = re_emit_op_u32(s, REOP_split_next_first, 0);
            if (alt < set.nstrs) {
                PjsStr *str = &set.strs[alt];
                for (j = 0; j < str->len; j++)
                    pjs_emit_char(s, str->c[is_backward_dir ? str->len - 1 - j : j], is_backward_dir);
            } else if (alt == set.nstrs && set.cr.len > 0) {
                if (is_backward_dir)
                    re_emit_op(s, REOP_prev);
                if (re_emit_range(s, &set.cr))
                    goto done;
                if (is_backward_dir)
                    re_emit_op(s, REOP_prev);
            } /* else: the empty string */
            if (split >= 0) {
                gotos[ngoto++] = re_emit_op_u32(s, REOP_goto, 0);
                put_u32(s->byte_code.buf + split, s->byte_code.size - (split + 4));
            }
        }
        for (i = 0; i < ngoto; i++)
            put_u32(s->byte_code.buf + gotos[i], s->byte_code.size - (gotos[i] + 4));
    }
    if (dbuf_error(&s->byte_code)) {
        re_parse_out_of_memory(s);
        goto done;
    }
    *pp = p;
    ret = 0;
 done:
    lre_realloc(s->opaque, gotos, 0);
    pjs_set_free(s, &set);
    return ret;
}

// internalBinding('http_parser') — see http_parser.h and docs/BINDINGS.md.
#include "modules/http_parser.h"
#include <array>
#include <cstring>
#include <limits>
#include <string_view>
#include "core/bindings.h"
#include "core/environment.h"
#include "binding/string_chars.h"

namespace pjs {

namespace {

// Node's method list is llhttp's HTTP methods: http-parser's 34, in the same order, and QUERY,
// which http-parser does not know. A QUERY request line is fed to http-parser as PATCH (same
// length, and neither method has special framing) and reported as QUERY.
const char* const kMethods[] = {
#define XX(num, name, string) #string,
    HTTP_METHOD_MAP(XX)
#undef XX
    "QUERY",
};
constexpr int kMethodCount = sizeof(kMethods) / sizeof(kMethods[0]);
constexpr int kQueryMethod = kMethodCount - 1;
constexpr uint32_t kDefaultMaxHeaderSize = 16 * 1024;  // Node's --max-http-header-size

bool equalsLower(const char* p, size_t n, const char* lower) {
  size_t m = strlen(lower);
  if (n != m) return false;
  for (size_t i = 0; i < n; i++) {
    char c = p[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// Node's texts (llhttp's reasons) for what http-parser reports.
http::ParseError mapErrno(http_errno e) {
  switch (e) {
    case HPE_INVALID_EOF_STATE: return {"HPE_INVALID_EOF_STATE", "Invalid EOF state"};
    case HPE_HEADER_OVERFLOW: return {"HPE_HEADER_OVERFLOW", "Header overflow"};
    case HPE_CLOSED_CONNECTION: return {"HPE_CLOSED_CONNECTION", "Data after `Connection: close`"};
    case HPE_INVALID_VERSION: return {"HPE_INVALID_VERSION", "Invalid HTTP version"};
    case HPE_INVALID_STATUS: return {"HPE_INVALID_STATUS", "Invalid status code"};
    case HPE_INVALID_METHOD: return {"HPE_INVALID_METHOD", "Invalid method encountered"};
    case HPE_INVALID_URL: return {"HPE_INVALID_URL", "Invalid characters in url"};
    case HPE_INVALID_HOST: return {"HPE_INVALID_URL", "Invalid host"};
    case HPE_INVALID_PORT: return {"HPE_INVALID_URL", "Invalid port"};
    case HPE_INVALID_PATH: return {"HPE_INVALID_URL", "Invalid path"};
    case HPE_INVALID_QUERY_STRING: return {"HPE_INVALID_URL", "Invalid query string"};
    case HPE_INVALID_FRAGMENT: return {"HPE_INVALID_URL", "Invalid fragment"};
    case HPE_LF_EXPECTED: return {"HPE_LF_EXPECTED", "Missing expected LF"};
    case HPE_INVALID_HEADER_TOKEN: return {"HPE_INVALID_HEADER_TOKEN", "Invalid header token"};
    case HPE_INVALID_CONTENT_LENGTH: return {"HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length"};
    case HPE_UNEXPECTED_CONTENT_LENGTH: return {"HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length"};
    case HPE_INVALID_CHUNK_SIZE: return {"HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size"};
    case HPE_INVALID_CONSTANT: return {"HPE_INVALID_CONSTANT", "Expected HTTP/"};
    case HPE_STRICT: return {"HPE_STRICT", "Strict mode assertion failed"};
    case HPE_PAUSED: return {"HPE_PAUSED", "Paused"};
    case HPE_INVALID_TRANSFER_ENCODING: return {"HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`"};
    default: return {"HPE_INTERNAL", http_errno_description(e)};
  }
}

}  // namespace

const http_parser_settings HTTPParser::kSettings = [] {
  http_parser_settings s{};
  s.on_message_begin = onMessageBegin;
  s.on_url = onUrl;
  s.on_status = onStatus;
  s.on_header_field = onHeaderField;
  s.on_header_value = onHeaderValue;
  s.on_headers_complete = onHeadersComplete;
  s.on_body = onBody;
  s.on_message_complete = onMessageComplete;
  return s;
}();

HTTPParser::HTTPParser(Environment& env) : NativeObject(env) {
  reset(HTTP_REQUEST);
}

static void deleteTimer(uv_handle_t* h) { delete reinterpret_cast<uv_timer_t*>(h); }

HTTPParser::~HTTPParser() {
  detachStream();
  if (list) list->erase(this);
  if (keepAliveTimer_) uv_close(reinterpret_cast<uv_handle_t*>(keepAliveTimer_), deleteTimer);
}

void HTTPParser::teardown() {
  if (keepAliveTimer_) {
    uv_close(reinterpret_cast<uv_handle_t*>(keepAliveTimer_), deleteTimer);
    keepAliveTimer_ = nullptr;
  }
  stream_ = nullptr;  // it may be gone already; nothing is read any more
  streamObj_ = Value();
  bufferProto_ = Value();
  NativeObject::teardown();
}

void HTTPParser::detachStream() {
  if (stream_ && stream_->listener() == this) stream_->setListener(nullptr);
  stream_ = nullptr;
}

// ---- keep-alive timeout ----
// The server's keepAliveTimeout without a JS timer per request: armed when a response is done,
// stopped natively when the next message begins, kOnTimeout when it expires. The timer does
// not keep the loop alive (as Node's unref'd socket timer).

void HTTPParser::stopKeepAlive() {
  if (keepAliveTimer_) uv_timer_stop(keepAliveTimer_);
}

void HTTPParser::onKeepAliveTimer(uv_timer_t* t) {
  auto* self = static_cast<HTTPParser*>(t->data);
  if (self->env().tearingDown || JS_IsUndefined(self->jsObject())) return;
  Value hold = Value::borrow(self->ctx(), self->jsObject());
  self->fromJs_ = false;
  self->callSlot(kOnTimeout, 0, nullptr);
  self->env().drainTasks();
}

Value HTTPParser::setKeepAliveTimeout(Call& c) {
  double ms = c.number(0, "msecs");
  if (!keepAliveTimer_) {
    keepAliveTimer_ = new uv_timer_t;
    uv_timer_init(env().loop(), keepAliveTimer_);
    uv_unref(reinterpret_cast<uv_handle_t*>(keepAliveTimer_));
    keepAliveTimer_->data = this;
  }
  if (ms > 0) uv_timer_start(keepAliveTimer_, onKeepAliveTimer, static_cast<uint64_t>(ms), 0);
  else uv_timer_stop(keepAliveTimer_);
  return undefined(c.ctx());
}

void HTTPParser::reset(http_parser_type type) {
  stopKeepAlive();
  http_parser_init(&p_, type);
  p_.data = this;
  checker_.begin(type == HTTP_REQUEST ? http::FramingChecker::Section::RequestHead
                                      : http::FramingChecker::Section::ResponseHead);
  sec_ = Sec::Head;
  remaining_ = 0;
  messageDone_ = closeAfter_ = upgraded_ = isQuery_ = false;
  heldMethod_.clear();
  url_.clear();
  status_.clear();
  hbuf_.clear();
  hends_.clear();
  headerBytes_ = 0;
  paused_ = pendingPause_ = false;
  failed_ = false;
  error_ = {};
  errorPos_ = 0;
  headersCompleted = false;
  expired = false;
  epoch_++;
}

// ---- http-parser callbacks ----

int HTTPParser::onMessageBegin(http_parser* hp) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  self->stopKeepAlive();
  self->completedInJs_ = false;
  self->url_.clear();
  self->status_.clear();
  self->hbuf_.clear();
  self->hends_.clear();
  self->headerBytes_ = 0;
  self->headersCompleted = false;
  self->expired = false;
  self->lastMessageStart = uv_hrtime();
  // JS sets parser.maxHeaderPairs (name and value entries; <= 0: no limit). More headers than
  // that are an overflow, as in Node 24.
  JSContext* ctx = self->ctx();
  Value pairs(ctx, JS_GetPropertyStr(ctx, self->jsObject(), "maxHeaderPairs"));
  int64_t n = pairs.isNumber() ? pairs.toInt64(0) : 0;
  self->maxHeaderFields_ = n > 0 ? static_cast<size_t>(n / 2) : 0;
  unsigned epoch = self->epoch_;
  if (!self->callSlot(kOnMessageBegin, 0, nullptr) || epoch != self->epoch_) return -1;
  return 0;
}

bool HTTPParser::trackHeader(size_t n) {
  headerBytes_ += n;
  if (headerBytes_ >= maxHeaderSize_) {
    error_ = {"HPE_HEADER_OVERFLOW", "Header overflow"};
    return false;
  }
  return true;
}

int HTTPParser::onUrl(http_parser* hp, const char* at, size_t n) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  if (!self->trackHeader(n)) return -1;
  self->url_.append(at, n);
  return 0;
}

int HTTPParser::onStatus(http_parser* hp, const char* at, size_t n) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  if (!self->trackHeader(n)) return -1;
  self->status_.append(at, n);
  return 0;
}

int HTTPParser::onHeaderField(http_parser* hp, const char* at, size_t n) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  if (!self->trackHeader(n)) return -1;
  auto& ends = self->hends_;
  self->hbuf_.append(at, n);
  // An even count means the last header is complete: this starts a new field name.
  if (ends.size() % 2 == 0) {
    if (self->maxHeaderFields_ && ends.size() / 2 >= self->maxHeaderFields_) {
      self->error_ = {"HPE_HEADER_OVERFLOW", "Header overflow"};
      return -1;
    }
    ends.push_back(static_cast<uint32_t>(self->hbuf_.size()));
  } else {
    ends.back() = static_cast<uint32_t>(self->hbuf_.size());
  }
  return 0;
}

int HTTPParser::onHeaderValue(http_parser* hp, const char* at, size_t n) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  if (!self->trackHeader(n)) return -1;
  auto& ends = self->hends_;
  self->hbuf_.append(at, n);
  if (ends.size() % 2 == 1) ends.push_back(static_cast<uint32_t>(self->hbuf_.size()));
  else ends.back() = static_cast<uint32_t>(self->hbuf_.size());
  return 0;
}

// Whether a header named `a` comes before any named `b` (names in lower case).
bool HTTPParser::firstHeaderIs(const char* a, const char* b) const {
  size_t start = 0;
  for (size_t i = 0; i < hends_.size(); i += 2) {
    const char* name = hbuf_.data() + start;
    size_t len = hends_[i] - start;
    if (equalsLower(name, len, a)) return true;
    if (equalsLower(name, len, b)) return false;
    start = i + 1 < hends_.size() ? hends_[i + 1] : hends_[i];
  }
  return false;
}

// Transfer-Encoding: `chunked` may appear once, as the last coding (llhttp's rule; http-parser
// built non-strict accepts "chunked, chunked").
bool HTTPParser::checkTransferEncoding() {
  bool chunkedSeen = false;
  size_t start = 0;
  for (size_t i = 0; i + 1 < hends_.size(); i += 2) {
    const char* name = hbuf_.data() + start;
    size_t nameLen = hends_[i] - start;
    const char* value = hbuf_.data() + hends_[i];
    size_t valueLen = hends_[i + 1] - hends_[i];
    start = hends_[i + 1];
    if (!equalsLower(name, nameLen, "transfer-encoding")) continue;
    size_t j = 0;
    while (j <= valueLen) {
      size_t k = j;
      while (k < valueLen && value[k] != ',') k++;
      size_t a = j, b = k;
      while (a < b && (value[a] == ' ' || value[a] == '\t')) a++;
      while (b > a && (value[b - 1] == ' ' || value[b - 1] == '\t')) b--;
      if (b > a) {
        if (chunkedSeen) return false;
        if (equalsLower(value + a, b - a, "chunked")) chunkedSeen = true;
      }
      j = k + 1;
    }
  }
  return true;
}

int HTTPParser::onHeadersComplete(http_parser* hp) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  JSContext* ctx = self->ctx();
  if (self->hends_.size() % 2 == 1) self->hends_.push_back(static_cast<uint32_t>(self->hbuf_.size()));
  if (!self->lenient_ && !self->checkTransferEncoding()) {
    self->error_ = {"HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value"};
    return -1;
  }
  self->headersCompleted = true;
  bool request = hp->type == HTTP_REQUEST;
  // A request without a body completes with its head: JS may do the message-complete work
  // itself right after onIncoming (and say so with bit 4), saving a call into JS.
  bool bodyless = request && !hp->upgrade && !(hp->flags & F_CHUNKED) &&
                  (hp->content_length == 0 || hp->content_length == std::numeric_limits<uint64_t>::max());
  Value args[10] = {
      i64(ctx, hp->http_major),
      i64(ctx, hp->http_minor),
      self->headersArray(),
      request ? i64(ctx, self->isQuery_ ? kQueryMethod : hp->method) : undefined(ctx),
      request ? self->latin1(self->url_.data(), self->url_.size()) : undefined(ctx),
      request ? undefined(ctx) : i64(ctx, hp->status_code),
      request ? undefined(ctx) : self->latin1(self->status_.data(), self->status_.size()),
      boolean(ctx, hp->upgrade),
      boolean(ctx, http_should_keep_alive(hp)),
      boolean(ctx, bodyless),
  };
  // Trailers, if any, are collected afresh.
  self->hbuf_.clear();
  self->hends_.clear();
  unsigned epoch = self->epoch_;
  Value result;
  if (!self->callSlot(kOnHeadersComplete, 10, args, &result) || epoch != self->epoch_) return -1;
  int64_t r = result.isNumber() ? result.toInt64(0) : 0;
  if (bodyless && (r & 4)) self->completedInJs_ = true;
  r &= 3;
  if (r == 2) return 2;
  // 1xx (but 101), 204 and 304 responses have no body whatever their headers say (RFC 9112
  // 6.3, as llhttp); http-parser would wait for a Content-Length's worth of bytes.
  unsigned status = hp->status_code;
  if (!request && ((status >= 100 && status < 200 && status != 101) || status == 204 || status == 304)) return 1;
  return r == 1 ? 1 : 0;
}

int HTTPParser::onBody(http_parser* hp, const char* at, size_t n) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  Value b = self->buffer(reinterpret_cast<const uint8_t*>(at), n);
  unsigned epoch = self->epoch_;
  if (!self->callSlot(kOnBody, 1, &b) || epoch != self->epoch_) return -1;
  return 0;
}

int HTTPParser::onMessageComplete(http_parser* hp) {
  auto* self = static_cast<HTTPParser*>(hp->data);
  JSContext* ctx = self->ctx();
  unsigned epoch = self->epoch_;
  if (!self->hends_.empty()) {  // trailers: reported as Node's parser flushes them
    if (self->hends_.size() % 2 == 1) self->hends_.push_back(static_cast<uint32_t>(self->hbuf_.size()));
    Value args[2] = {self->headersArray(), str(ctx, "")};
    self->hbuf_.clear();
    self->hends_.clear();
    if (!self->callSlot(kOnHeaders, 2, args) || epoch != self->epoch_) return -1;
  }
  self->messageDone_ = true;
  self->closeAfter_ = !http_should_keep_alive(hp);
  if (hp->upgrade) self->upgraded_ = true;
  self->lastMessageStart = 0;
  self->headersCompleted = false;
  if (self->completedInJs_) {  // JS already did its message-complete work (see above)
    self->completedInJs_ = false;
    return 0;
  }
  if (!self->callSlot(kOnMessageComplete, 0, nullptr) || epoch != self->epoch_) return -1;
  return 0;
}

// ---- values for JS ----

Value HTTPParser::latin1(const char* p, size_t n) {
  uint8_t* out = nullptr;
  JSValue s = pjs_new_string8(ctx(), static_cast<uint32_t>(n), &out);
  if (JS_IsException(s)) throw JsThrow{};
  if (n) memcpy(out, p, n);
  return Value(ctx(), s);
}

Value HTTPParser::buffer(const uint8_t* p, size_t n) {
  Value b = bytes(ctx(), p, n);
  if (b.isException()) throw JsThrow{};
  if (bufferProto_.isObject()) JS_SetPrototype(ctx(), b.get(), bufferProto_.get());
  return b;
}

Value HTTPParser::headersArray() {
  JSContext* ctx = this->ctx();
  Value arr(ctx, JS_NewArray(ctx));
  uint32_t start = 0;
  for (uint32_t i = 0; i < hends_.size(); i++) {
    JS_SetPropertyUint32(ctx, arr.get(), i, latin1(hbuf_.data() + start, hends_[i] - start).release());
    start = hends_[i];
  }
  return arr;
}

bool HTTPParser::callSlot(Slot slot, int argc, Value* argv, Value* result) {
  if (env().tearingDown) return false;
  JSContext* ctx = this->ctx();
  Value fn(ctx, JS_GetPropertyUint32(ctx, jsObject(), slot));
  if (!fn.isFunction()) return true;
  Value self = Value::borrow(ctx, jsObject());
  Value r = callFunction(ctx, fn, self, argc, argv);
  if (r.isException()) {
    gotException_ = true;
    // From a stream read there is no JS caller: the exception is uncaught (Node's MakeCallback).
    if (!fromJs_) env().reportUncaught(Value(ctx, JS_GetException(ctx)));
    return false;
  }
  if (result) *result = std::move(r);
  return true;
}

void HTTPParser::setError(const char* code, const char* reason, size_t at) {
  failed_ = true;
  error_ = {code, reason};
  errorPos_ = at;
}

Value HTTPParser::makeError() {
  JSContext* ctx = this->ctx();
  Value ctor(ctx, JS_GetPropertyStr(ctx, Value(ctx, JS_GetGlobalObject(ctx)).get(), "Error"));
  Value msg = str(ctx, "Parse Error");
  JSValue m = msg.get();
  Value err(ctx, JS_CallConstructor(ctx, ctor.get(), 1, &m));
  if (err.isException()) throw JsThrow{};
  err.set("bytesParsed", i64(ctx, static_cast<int64_t>(errorPos_)));
  err.set("code", str(ctx, error_.code));
  err.set("reason", str(ctx, error_.reason));
  return err;
}

// ---- parsing ----

void HTTPParser::startMessage() {
  sec_ = Sec::Head;
  messageDone_ = false;
  isQuery_ = false;
  heldMethod_.clear();
  checker_.begin(p_.type == HTTP_REQUEST ? http::FramingChecker::Section::RequestHead
                                         : http::FramingChecker::Section::ResponseHead);
}

bool HTTPParser::feed(const uint8_t* data, size_t n, size_t pos) {
  if (n == 0) return true;
  size_t done = http_parser_execute(&p_, &kSettings, reinterpret_cast<const char*>(data), n);
  if (gotException_) return false;
  http_errno e = HTTP_PARSER_ERRNO(&p_);
  if (e != HPE_OK) {
    if (e >= HPE_CB_message_begin && e <= HPE_CB_chunk_complete) {
      // One of our callbacks stopped the parser: its own error, or initialize()/close() ran.
      if (!error_) return false;
      setError(error_.code, error_.reason, pos + done);
      return false;
    }
    http::ParseError m = mapErrno(e);
    if (e == HPE_UNEXPECTED_CONTENT_LENGTH && (p_.flags & F_CHUNKED || p_.uses_transfer_encoding)) {
      // llhttp names the header that came second.
      m = firstHeaderIs("transfer-encoding", "content-length")
              ? http::ParseError{"HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding"}
              : http::ParseError{"HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length"};
    }
    if (e == HPE_INVALID_CONTENT_LENGTH && sec_ == Sec::Head && done < n && data[done] >= '0' && data[done] <= '9') {
      m = {"HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow"};  // a digit too many
    }
    if (e == HPE_INVALID_CONTENT_LENGTH && sec_ == Sec::ChunkLine) {
      m = {"HPE_INVALID_CHUNK_SIZE", "Chunk size overflow"};
    }
    setError(m.code, m.reason, pos + done);
    return false;
  }
  consumedEnd_ = pos + done;  // less than pos + n only when http-parser stopped for an upgrade
  return true;
}

bool HTTPParser::feedRequestHead(const uint8_t* data, size_t n, size_t pos) {
  size_t lead = checker_.leadingBytes(), mb = checker_.methodBytes();
  if (mb == 0 && heldMethod_.empty()) return feed(data + lead, n - lead, pos + lead);
  heldMethod_.append(reinterpret_cast<const char*>(data + lead), mb);
  if (heldMethod_.size() > 32) {
    setError("HPE_INVALID_METHOD", "Invalid method encountered", pos + lead + mb - 1);
    return false;
  }
  if (!checker_.methodEnded()) return true;  // the method continues in the next read
  std::string method = std::move(heldMethod_);
  heldMethod_.clear();
  if (method == "QUERY") {
    isQuery_ = true;
    method = "PATCH";
  }
  size_t before = pos + lead + mb;
  if (!feed(reinterpret_cast<const uint8_t*>(method.data()), method.size(), before - method.size())) {
    if (failed_) errorPos_ = std::min(errorPos_, before);
    return false;
  }
  return feed(data + lead + mb, n - lead - mb, before);
}

// The current section ended: where the message goes next (http-parser has decided the framing).
void HTTPParser::afterSection() {
  using S = http::FramingChecker::Section;
  if (upgraded_) { sec_ = Sec::Upgraded; return; }
  if (messageDone_) { startMessage(); return; }
  switch (sec_) {
    case Sec::Head:
      if (p_.flags & F_CHUNKED) {
        sec_ = Sec::ChunkLine;
        checker_.begin(S::ChunkLine);
      } else if (p_.content_length != std::numeric_limits<uint64_t>::max() && p_.content_length > 0) {
        sec_ = Sec::Body;
        remaining_ = p_.content_length;
      } else {
        sec_ = Sec::BodyEof;  // a response read until the connection ends
      }
      break;
    case Sec::ChunkLine:
      if (p_.content_length == 0) {
        sec_ = Sec::Trailers;
        checker_.begin(S::Trailers);
      } else {
        sec_ = Sec::ChunkData;
        remaining_ = p_.content_length;
      }
      break;
    case Sec::ChunkData:
      sec_ = Sec::ChunkDataEnd;
      checker_.begin(S::ChunkDataEnd);
      break;
    case Sec::ChunkDataEnd:
      sec_ = Sec::ChunkLine;
      checker_.begin(S::ChunkLine);
      break;
    default:
      break;
  }
}

Value HTTPParser::run(const uint8_t* data, size_t len) {
  JSContext* ctx = this->ctx();
  if (failed_) return makeError();
  if (paused_) {
    setError("HPE_PAUSED", "Paused", 0);
    failed_ = false;  // resume() continues
    return makeError();
  }
  gotException_ = false;
  if (sec_ == Sec::Upgraded) {
    // JS did not take the connection over (no 'upgrade' listener): as Node's parser resumes
    // after an upgrade, what follows is parsed as the next message.
    upgraded_ = false;
    startMessage();
  }
  depth_++;
  unsigned epoch = epoch_;
  size_t pos = 0;
  bool ok = true;
  while (ok && pos < len && epoch == epoch_) {
    if (sec_ == Sec::Body || sec_ == Sec::ChunkData || sec_ == Sec::BodyEof) {
      size_t n = len - pos;
      if (sec_ != Sec::BodyEof && remaining_ < n) n = static_cast<size_t>(remaining_);
      ok = feed(data + pos, n, pos);
      if (!ok) break;
      if (upgraded_) { pos = consumedEnd_; afterSection(); break; }
      pos += n;
      if (sec_ != Sec::BodyEof) {
        remaining_ -= n;
        if (remaining_ == 0) afterSection();
      }
      continue;
    }
    size_t n = checker_.scan(data + pos, len - pos);
    if (checker_.error()) {
      setError(checker_.error().code, checker_.error().reason, pos + n);
      ok = false;
      break;
    }
    if (sec_ == Sec::Head && closeAfter_ && n > checker_.leadingBytes()) {
      setError("HPE_CLOSED_CONNECTION", "Data after `Connection: close`", pos + checker_.leadingBytes());
      ok = false;
      break;
    }
    ok = sec_ == Sec::Head && p_.type == HTTP_REQUEST ? feedRequestHead(data + pos, n, pos)
                                                       : feed(data + pos, n, pos);
    if (!ok) break;
    if (upgraded_) { pos = consumedEnd_; afterSection(); break; }
    pos += n;
    if (checker_.done()) afterSection();
  }
  depth_--;
  if (pendingPause_ && depth_ == 0) {
    pendingPause_ = false;
    paused_ = pendingPauseValue_;
  }
  if (gotException_) return undefined(ctx);
  if (!ok && failed_) return makeError();
  return i64(ctx, static_cast<int64_t>(pos));
}

// ---- JS methods ----

Value HTTPParser::initialize(Call& c) {
  int64_t type = c.integer(0, "type");
  if (type != HTTP_REQUEST && type != HTTP_RESPONSE) {
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_VALUE", "Invalid parser type");
  }
  reset(static_cast<http_parser_type>(type));
  int64_t max = c.has(2) ? c.arg(2).toInt64(0) : 0;
  maxHeaderSize_ = max > 0 ? static_cast<size_t>(max) : kDefaultMaxHeaderSize;
  lenient_ = c.has(3) && c.arg(3).toInt64(0) != 0;
  p_.lenient_http_headers = lenient_;
  p_.allow_chunked_length = lenient_;
  checker_.setLenient(lenient_);
  if (list) { list->erase(this); list = nullptr; }
  if (c.length() > 4 && c.arg(4).isObject()) {
    auto* l = static_cast<ConnectionsList*>(static_cast<NativeObject*>(
        JS_GetOpaque(c.raw(4), NativeClass<ConnectionsList>::id())));
    if (l) { list = l; l->add(this); }
  }
  lastMessageStart = uv_hrtime();  // a new connection waits for its first request's head
  return undefined(c.ctx());
}

Value HTTPParser::execute(Call& c) {
  uint8_t* data = nullptr;
  size_t len = 0;
  if (pjs_view_bytes(c.raw(0), &data, &len) < 0) {
    throwTypeError(c.ctx(), "ERR_INVALID_ARG_TYPE", "The \"buffer\" argument must be an instance of Buffer");
  }
  Value keep = c.arg(0);  // the bytes stay valid while callbacks run
  bool savedFromJs = fromJs_;
  const uint8_t* savedData = currentData_;
  size_t savedLen = currentLen_;
  fromJs_ = true;
  currentData_ = data;
  currentLen_ = len;
  Value r = run(data, len);
  fromJs_ = savedFromJs;
  currentData_ = savedData;
  currentLen_ = savedLen;
  if (gotException_) { gotException_ = false; throw JsThrow{}; }
  return r;
}

Value HTTPParser::finish(Call& c) {
  JSContext* ctx = c.ctx();
  if (failed_) return undefined(ctx);  // the error was reported by execute (as llhttp_finish)
  bool saved = fromJs_;
  fromJs_ = true;
  gotException_ = false;
  bool bad = false;
  switch (sec_) {
    case Sec::BodyEof:
      http_parser_execute(&p_, &kSettings, nullptr, 0);  // completes the message
      break;
    case Sec::Upgraded:
      break;
    case Sec::Head:
      bad = !heldMethod_.empty() || checker_.midSection();
      break;
    default:
      bad = true;
  }
  fromJs_ = saved;
  if (gotException_) { gotException_ = false; throw JsThrow{}; }
  if (bad) {
    setError("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
    return makeError();
  }
  return undefined(ctx);
}

Value HTTPParser::pause(Call& c) {
  if (depth_ > 0) { pendingPause_ = true; pendingPauseValue_ = true; }
  else paused_ = true;
  return undefined(c.ctx());
}

Value HTTPParser::resume(Call& c) {
  if (depth_ > 0) { pendingPause_ = true; pendingPauseValue_ = false; }
  else paused_ = false;
  return undefined(c.ctx());
}

Value HTTPParser::consume(Call& c) {
  StreamSource* s = StreamSource::fromObject(c.ctx(), c.raw(0));
  if (!s) return boolean(c.ctx(), false);
  detachStream();
  stream_ = s;
  streamObj_ = c.arg(0);
  s->setListener(this);
  if (!bufferProto_.isObject()) {
    Value b = getBinding(env(), "http_parser");
    bufferProto_ = b.get("bufferPrototype");
  }
  return boolean(c.ctx(), true);
}

Value HTTPParser::unconsume(Call& c) {
  detachStream();
  streamObj_ = Value();
  return undefined(c.ctx());
}

Value HTTPParser::getCurrentBuffer(Call& c) {
  return buffer(currentData_, currentData_ ? currentLen_ : 0);
}

Value HTTPParser::remove(Call& c) {
  stopKeepAlive();
  if (list) { list->erase(this); list = nullptr; }
  return undefined(c.ctx());
}

Value HTTPParser::free(Call& c) { return undefined(c.ctx()); }

Value HTTPParser::close(Call& c) {
  stopKeepAlive();
  detachStream();
  streamObj_ = Value();
  if (list) { list->erase(this); list = nullptr; }
  epoch_++;
  return undefined(c.ctx());
}

// kOnExecute (the server's onParserExecute) has work only after an error or an upgrade, when
// the socket has an idle timeout to refresh (socket.timeout) or was paused (socket._paused):
// otherwise the call into JS is skipped.
bool HTTPParser::needExecuteCallback(const Value& ret) {
  if (!ret.isNumber() || sec_ == Sec::Upgraded) return true;
  JSContext* ctx = this->ctx();
  Value socket(ctx, JS_GetPropertyStr(ctx, jsObject(), "socket"));
  if (!socket.isObject()) return true;
  Value timeout = socket.get("timeout");
  if (!timeout.isUndefined() && timeout.toNumber(0) != 0) return true;
  Value incoming(ctx, JS_GetPropertyStr(ctx, jsObject(), "incoming"));
  if (incoming.isObject() && incoming.get("upgrade").toBool()) return true;
  return socket.get("_paused").toBool();
}

void HTTPParser::onStreamRead(ssize_t nread, const char* data) {
  if (env().tearingDown || JS_IsUndefined(jsObject())) return;
  JSContext* ctx = this->ctx();
  if (nread < 0) {  // end of input or a read error: the socket's own onread handles it
    Value handle = streamObj_;
    Value fn = handle.get("onread");
    if (fn.isFunction()) {
      Value args[2] = {i64(ctx, nread), undefined(ctx)};
      env().makeCallback(fn, handle, 2, args);
    }
    return;
  }
  Value hold = Value::borrow(ctx, jsObject());  // callbacks may drop the last JS reference
  fromJs_ = false;
  currentData_ = reinterpret_cast<const uint8_t*>(data);
  currentLen_ = static_cast<size_t>(nread);
  try {
    Value ret = run(currentData_, currentLen_);
    if (!gotException_ && needExecuteCallback(ret)) callSlot(kOnExecute, 1, &ret);
  } catch (const JsThrow&) {
    env().reportUncaught(Value(ctx, JS_GetException(ctx)));
  }
  currentData_ = nullptr;
  currentLen_ = 0;
  env().drainTasks();
}

// ---- ConnectionsList ----

ConnectionsList::~ConnectionsList() {
  for (HTTPParser* p : all_) p->list = nullptr;
}

static Value parserArray(JSContext* ctx, const std::vector<HTTPParser*>& v) {
  Value arr(ctx, JS_NewArray(ctx));
  uint32_t i = 0;
  for (HTTPParser* p : v) {
    if (!JS_IsUndefined(p->jsObject())) {
      JS_SetPropertyUint32(ctx, arr.get(), i++, JS_DupValue(ctx, p->jsObject()));
    }
  }
  return arr;
}

Value ConnectionsList::all(Call& c) {
  return parserArray(c.ctx(), std::vector<HTTPParser*>(all_.begin(), all_.end()));
}

Value ConnectionsList::idle(Call& c) {
  std::vector<HTTPParser*> v;
  for (HTTPParser* p : all_) if (p->lastMessageStart == 0) v.push_back(p);
  return parserArray(c.ctx(), v);
}

Value ConnectionsList::active(Call& c) {
  std::vector<HTTPParser*> v;
  for (HTTPParser* p : all_) if (p->lastMessageStart != 0) v.push_back(p);
  return parserArray(c.ctx(), v);
}

// Parsers whose current message has waited too long: headers not complete after
// headersTimeout, or the whole request not complete after requestTimeout (Node's rules).
Value ConnectionsList::expired(Call& c) {
  uint64_t headersTimeout = static_cast<uint64_t>(std::max<int64_t>(0, c.arg(0).toInt64(0))) * 1000000;
  uint64_t requestTimeout = static_cast<uint64_t>(std::max<int64_t>(0, c.arg(1).toInt64(0))) * 1000000;
  std::vector<HTTPParser*> v;
  if (headersTimeout == 0 && requestTimeout == 0) return parserArray(c.ctx(), v);
  if (requestTimeout > 0 && headersTimeout > requestTimeout) std::swap(headersTimeout, requestTimeout);
  uint64_t now = uv_hrtime();
  uint64_t headersDeadline = headersTimeout > 0 && now > headersTimeout ? now - headersTimeout : 0;
  uint64_t requestDeadline = requestTimeout > 0 && now > requestTimeout ? now - requestTimeout : 0;
  if (headersDeadline == 0 && requestDeadline == 0) return parserArray(c.ctx(), v);
  for (HTTPParser* p : all_) {
    if (p->lastMessageStart == 0 || p->expired) continue;
    if ((!p->headersCompleted && headersDeadline > 0 && p->lastMessageStart < headersDeadline) ||
        (requestDeadline > 0 && p->lastMessageStart < requestDeadline)) {
      p->expired = true;
      v.push_back(p);
    }
  }
  return parserArray(c.ctx(), v);
}

// ---- header checks (lib/_http_common.js; strings only, other values take the JS regexps) ----

template <typename Ch>
static bool allTchar(const Ch* p, uint32_t n) {
  static const auto table = [] {
    std::array<bool, 256> t{};
    for (int c = '0'; c <= '9'; c++) t[c] = true;
    for (int c = 'a'; c <= 'z'; c++) t[c] = t[c - 32] = true;
    for (char c : std::string_view("!#$%&'*+-.^_`|~")) t[static_cast<uint8_t>(c)] = true;
    return t;
  }();
  if (n == 0) return false;
  for (uint32_t i = 0; i < n; i++) {
    if (p[i] > 0xFF || !table[p[i]]) return false;
  }
  return true;
}

// RFC 9110 token: /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/
static Value isHttpToken(Call& c) {
  StringChars s(c.ctx(), c.raw(0));
  if (!s.isString()) return boolean(c.ctx(), false);
  uint32_t n = static_cast<uint32_t>(s.chars.len);
  return boolean(c.ctx(), s.chars.s8 ? allTchar(s.chars.s8, n) : allTchar(s.chars.s16, n));
}

// Strict: anything but HTAB, SP-~ and 0x80-0xFF is invalid; lenient (the Fetch spec): NUL, CR,
// LF and characters above 0xFF.
template <typename Ch>
static bool anyInvalid(const Ch* p, uint32_t n, bool lenient) {
  for (uint32_t i = 0; i < n; i++) {
    unsigned c = p[i];
    if (c > 0xFF) return true;
    if (lenient) {
      if (c == 0 || c == '\n' || c == '\r') return true;
    } else if (c != '\t' && (c < 0x20 || c == 0x7F)) {
      return true;
    }
  }
  return false;
}

static Value hasInvalidHeaderChar(Call& c) {
  StringChars s(c.ctx(), c.raw(0));
  if (!s.isString()) return boolean(c.ctx(), false);
  bool lenient = c.boolean(1);
  uint32_t n = static_cast<uint32_t>(s.chars.len);
  return boolean(c.ctx(), s.chars.s8 ? anyInvalid(s.chars.s8, n, lenient) : anyInvalid(s.chars.s16, n, lenient));
}

void addHttpHeaderFunctions(const Value& target);  // http_headers.cc

// ---- the binding ----

static HTTPParser* makeParser(Call& c) { return new HTTPParser(c.env()); }
static ConnectionsList* makeList(Call& c) { return new ConnectionsList(c.env()); }

void init_http_parser_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  // Our per-parser limit (Node's maxHeaderSize) applies; http-parser's global one must not.
  http_parser_set_max_header_size(std::numeric_limits<uint32_t>::max());
  Value parser = NativeClass<HTTPParser>::define<makeParser>(ctx, "HTTPParser", 0, {
      method<HTTPParser, &HTTPParser::close>("close", 0),
      method<HTTPParser, &HTTPParser::free>("free", 0),
      method<HTTPParser, &HTTPParser::remove>("remove", 0),
      method<HTTPParser, &HTTPParser::execute>("execute", 1),
      method<HTTPParser, &HTTPParser::finish>("finish", 0),
      method<HTTPParser, &HTTPParser::initialize>("initialize", 5),
      method<HTTPParser, &HTTPParser::pause>("pause", 0),
      method<HTTPParser, &HTTPParser::resume>("resume", 0),
      method<HTTPParser, &HTTPParser::consume>("consume", 1),
      method<HTTPParser, &HTTPParser::unconsume>("unconsume", 0),
      method<HTTPParser, &HTTPParser::getCurrentBuffer>("getCurrentBuffer", 0),
      method<HTTPParser, &HTTPParser::setKeepAliveTimeout>("setKeepAliveTimeout", 1)});
  parser.set("REQUEST", i64(ctx, HTTP_REQUEST));
  parser.set("RESPONSE", i64(ctx, HTTP_RESPONSE));
  const char* const slots[] = {"kOnMessageBegin", "kOnHeaders", "kOnHeadersComplete", "kOnBody",
                               "kOnMessageComplete", "kOnExecute", "kOnTimeout"};
  for (int i = 0; i < 7; i++) parser.set(slots[i], i64(ctx, i));
  parser.set("kLenientNone", i64(ctx, 0));
  parser.set("kLenientAll", i64(ctx, 0x3FF));
  t.set("HTTPParser", parser);
  t.set("ConnectionsList", NativeClass<ConnectionsList>::define<makeList>(ctx, "ConnectionsList", 0, {
      method<ConnectionsList, &ConnectionsList::all>("all", 0),
      method<ConnectionsList, &ConnectionsList::idle>("idle", 0),
      method<ConnectionsList, &ConnectionsList::active>("active", 0),
      method<ConnectionsList, &ConnectionsList::expired>("expired", 2)}));
  addHttpHeaderFunctions(t);
  setMethod<isHttpToken>(ctx, t, "isHttpToken", 1);
  setMethod<hasInvalidHeaderChar>(ctx, t, "hasInvalidHeaderChar", 2);
  Value methods = array(ctx);
  for (int i = 0; i < kMethodCount; i++) methods.set(static_cast<uint32_t>(i), str(ctx, kMethods[i]));
  t.set("methods", methods);
  t.set("allMethods", Value(methods));
}

}  // namespace pjs

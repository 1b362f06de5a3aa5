// internalBinding('pipe_wrap'): `new Pipe(ipc = false)` wraps a uv_pipe_t and is a stream handle
// (stream_wrap.h). open(fd) adopts an existing descriptor (stdin/stdout when they are pipes)
// and returns 0 or a negative errno. Listening and connecting come with node:net.
#include "core/environment.h"
#include "modules/stream_wrap.h"

namespace pjs {

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Environment& env, bool ipc) : StreamWrap(env, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    if (uv_pipe_init(env.loop(), &pipe_, ipc ? 1 : 0) == 0) opened();
  }

  Value open(Call& c) {
    int fd = static_cast<int>(c.integer(0, "fd"));
    if (!isOpen()) return i64(c.ctx(), UV_EBADF);
    return i64(c.ctx(), uv_pipe_open(&pipe_, fd));
  }

 private:
  uv_pipe_t pipe_{};
};

static PipeWrap* makePipe(Call& c) { return new PipeWrap(c.env(), c.boolean(0)); }

void init_pipe_wrap_binding(Environment& env, const Value& t) {
  JSContext* ctx = env.context();
  t.set("Pipe", NativeClass<PipeWrap>::define<makePipe>(ctx, "Pipe", 1, {
      method<PipeWrap, &PipeWrap::open>("open", 1),
      PJS_STREAM_METHODS(PipeWrap)}));
}

}  // namespace pjs

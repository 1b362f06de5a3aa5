#include "core/stdio_state.h"
#include <errno.h>
#include <fcntl.h>

namespace pjs {

// Process-wide by nature: these describe the process's own descriptors, not an Environment.
static int savedFlags[3] = {-1, -1, -1};

void saveStdioState() {
  for (int fd = 0; fd < 3; fd++) savedFlags[fd] = fcntl(fd, F_GETFL);
}

void restoreStdioState() {
  for (int fd = 0; fd < 3; fd++) {
    if (savedFlags[fd] < 0) continue;
    int now = fcntl(fd, F_GETFL);
    if (now < 0 || ((now ^ savedFlags[fd]) & O_NONBLOCK) == 0) continue;
    int r;
    do r = fcntl(fd, F_SETFL, (now & ~O_NONBLOCK) | (savedFlags[fd] & O_NONBLOCK));
    while (r < 0 && errno == EINTR);
  }
}

}  // namespace pjs

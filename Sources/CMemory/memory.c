#include "CMemory.h"
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void csp_map_buffers_from(int bytes) {
#if defined(__GLIBC__)
    // Setting the threshold also stops glibc from raising it each time a mapped buffer is freed.
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}

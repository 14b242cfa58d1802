#ifndef CMEMORY_H
#define CMEMORY_H

/// Has the C library map every buffer of `bytes` or more and unmap it when freed, at every size.
void csp_map_buffers_from(int bytes);

#endif

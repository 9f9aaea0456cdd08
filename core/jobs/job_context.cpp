#include "jobs/job_context.h"

#include "common/error.h"

namespace kestrel::core {

void JobContext::throwIfStopped() const
{
    if (stopRequested())
        throw Error(Error::Code::Cancelled, "cancelled by the user; nothing was written");
}

}  // namespace kestrel::core

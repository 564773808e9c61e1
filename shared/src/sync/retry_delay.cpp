// Backoff arithmetic for outbox retries.
#include "buurtkiosk/sync/retry_delay.h"

#include <algorithm>

namespace bk {

std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int failed_attempts,
                                      std::mt19937_64& random) {
    const long long cap = std::max<long long>(1, policy.max.count());
    long long delay = std::max<long long>(1, policy.first.count());
    for (int i = 1; i < failed_attempts && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    std::uniform_int_distribution<long long> jitter(delay / 2, delay);
    return std::chrono::milliseconds{jitter(random)};
}

} // namespace bk

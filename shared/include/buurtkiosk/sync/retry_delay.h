// Exponential backoff with jitter for one outbox item: spreads retries of many kiosks after an
// outage instead of having them all knock at once.
#pragma once
#include <chrono>
#include <random>

namespace bk {

struct RetryPolicy {
    std::chrono::milliseconds first{5'000};
    std::chrono::milliseconds max{std::chrono::minutes(30)};
};

// Delay before the next attempt after `failed_attempts` failures (1 = first failure):
// first * 2^(n-1), capped at max, then drawn uniformly from [half, full] of that.
std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int failed_attempts,
                                      std::mt19937_64& random);

} // namespace bk

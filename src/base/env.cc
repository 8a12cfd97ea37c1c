#include "base/env.h"

#include <sys/random.h>

#include <chrono>
#include <stdexcept>

namespace ariadne {
namespace {

int64_t SystemNowMillis() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void SystemRandom(uint8_t* out, size_t n) {
  while (n > 0) {
    ssize_t got = getrandom(out, n, 0);
    if (got < 0) throw std::runtime_error("getrandom failed");
    out += got;
    n -= static_cast<size_t>(got);
  }
}

class RealEnv : public Env {
 public:
  int64_t NowMillis() override { return SystemNowMillis(); }
  void RandomBytes(uint8_t* out, size_t n) override { SystemRandom(out, n); }
};

}  // namespace

Env* Env::Default() {
  static RealEnv env;
  return &env;
}

int64_t OffsetClockEnv::NowMillis() { return SystemNowMillis() + offset_ms_.load(); }
void OffsetClockEnv::RandomBytes(uint8_t* out, size_t n) { SystemRandom(out, n); }

void FakeEnv::RandomBytes(uint8_t* out, size_t n) {
  std::lock_guard<std::mutex> lock(mu_);
  for (size_t i = 0; i < n; ++i) out[i] = static_cast<uint8_t>(rng_() & 0xff);
}

}  // namespace ariadne

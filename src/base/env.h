// The seam for time and randomness (STYLE.md §2.3). Production code never calls the system
// clock or a random source directly, so tests move time with FakeEnv::Advance and never sleep.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>

namespace ariadne {

class Env {
 public:
  virtual ~Env() = default;
  // Milliseconds since the Unix epoch, UTC.
  virtual int64_t NowMillis() = 0;
  // Fills `out` with `n` unpredictable bytes. Thread-safe.
  virtual void RandomBytes(uint8_t* out, size_t n) = 0;

  // The process-wide real environment (system clock, getrandom).
  static Env* Default();
};

// Real randomness with a clock that can be moved forward: what `ariadne serve --test-clock`
// uses so API tests can expire sessions and lock-outs without sleeping.
class OffsetClockEnv : public Env {
 public:
  int64_t NowMillis() override;
  void RandomBytes(uint8_t* out, size_t n) override;
  void Advance(int64_t millis) { offset_ms_ += millis; }

 private:
  std::atomic<int64_t> offset_ms_{0};
};

// Fully deterministic: a settable clock and a seeded generator. For unit tests only.
class FakeEnv : public Env {
 public:
  explicit FakeEnv(int64_t start_ms = 1'790'000'000'000, uint64_t seed = 42)
      : now_ms_(start_ms), rng_(seed) {}
  int64_t NowMillis() override { return now_ms_; }
  void RandomBytes(uint8_t* out, size_t n) override;
  void Advance(int64_t millis) { now_ms_ += millis; }
  void Set(int64_t millis) { now_ms_ = millis; }

 private:
  std::atomic<int64_t> now_ms_;
  std::mutex mu_;
  std::mt19937_64 rng_;  // GUARDED_BY(mu_)
};

}  // namespace ariadne

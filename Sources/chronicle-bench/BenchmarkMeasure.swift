import Foundation

/// Timing and memory figures shared by the benchmark modes.
enum BenchmarkMeasure {
    /// The time a run took: wall clock, and CPU time of the whole process (all threads).
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    /// Runs `body` `runs` times and returns the run with the least CPU time, with its result.
    ///
    /// The machine may be shared: wall-clock time then includes waiting for a core, while CPU
    /// time counts only the work (MB per CPU-second is the per-core figure).
    static func best<T>(runs: Int, _ body: () -> T) -> (timing: Timing, result: T) {
        var best = Timing(wall: .infinity, cpu: .infinity)
        var result: T?
        for _ in 0..<max(1, runs) {
            let wall = DispatchTime.now().uptimeNanoseconds
            let cpu = processCPUSeconds()
            result = body()
            let timing = Timing(wall: Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9,
                                cpu: processCPUSeconds() - cpu)
            if timing.cpu < best.cpu { best = timing }
        }
        return (best, result!)
    }

    /// CPU time used by this process so far, in seconds (all threads).
    static func processCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Peak resident memory of this process in megabytes (`VmHWM` in `/proc/self/status`), or
    /// nil where the file does not exist (macOS).
    static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kilobytes = digits.first { return kilobytes / 1024 }
        }
        return nil
    }

    /// Splits `0..<count` into `parts` contiguous ranges of nearly equal size.
    static func chunks(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { k in (count * k / parts)..<(count * (k + 1) / parts) }
    }

    /// Formats a number with thousands separators: 1234567 -> "1,234,567".
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var out = ""
        for (i, c) in digits.reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}

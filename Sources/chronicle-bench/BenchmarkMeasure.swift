import Foundation

/// Timing and memory figures shared by the benchmark modes.
enum BenchmarkMeasure {
    /// Runs `body` `runs` times and returns the fastest wall-clock time in seconds, with the
    /// last result (the machine is shared: the fastest run is the least disturbed one).
    static func best<T>(runs: Int, _ body: () -> T) -> (seconds: Double, result: T) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            result = body()
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, elapsed)
        }
        return (best, result!)
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

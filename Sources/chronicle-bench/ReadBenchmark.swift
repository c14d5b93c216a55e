import ChronicleCore
import Foundation

/// `chronicle-bench read [DIR] [--mb N]`: throughput of the document readers, per format.
///
/// Loads every readable file under DIR (default `demo`), groups the files by format, and reads
/// each group over and over from memory until N MB (default 50) have gone through the reader,
/// so the figure measures decoding and extraction, not the disk. Prints MB/s, documents per
/// second (wall clock and CPU time), and the process's peak resident memory.
///
/// ```
/// $ swift run -c release chronicle-bench read demo --mb 50
/// format  files  MB read  seconds   MB/s    docs/s
/// text       33    50.0     0.21   238.1   ...
/// ```
enum ReadBenchmark {
    static func run(_ arguments: [String]) {
        var directory = "demo"
        var megabytes = 50.0
        var i = 0
        while i < arguments.count {
            if arguments[i] == "--mb", i + 1 < arguments.count, let n = Double(arguments[i + 1]) {
                megabytes = n
                i += 2
            } else {
                directory = arguments[i]
                i += 1
            }
        }
        var groups: [InputFormat: [(file: InputFile, bytes: [UInt8])]] = [:]
        for case .success(let file) in InputFile.expand([directory]) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let format = file.formatByExtension ?? InputFormat.sniff(Array(data.prefix(2048)))
            groups[format, default: []].append((file, Array(data)))
        }
        guard !groups.isEmpty else {
            print("chronicle-bench: no readable files under \(directory)")
            return
        }
        let reader = DocumentReader(options: ReadOptions(maxBytes: Int.max))
        print("format  files  MB read  seconds     MB/s     docs/s   CPU s  MB/CPU-s")
        var totalBytes = 0, totalDocs = 0
        var totalSeconds = 0.0, totalCPU = 0.0
        for format in InputFormat.allCases {
            guard let files = groups[format] else { continue }
            let target = Int(megabytes * 1_000_000)
            var bytes = 0, documents = 0, failures = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = cpuSeconds()
            while bytes < target {
                for (file, content) in files {
                    for result in reader.documents(in: content, path: file.path, id: file.id, format: format) {
                        if case .success = result { documents += 1 } else { failures += 1 }
                    }
                    bytes += content.count
                }
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = cpuSeconds() - cpuStart
            totalBytes += bytes
            totalDocs += documents
            totalSeconds += seconds
            totalCPU += cpu
            print(row(format.rawValue, files.count, bytes, seconds, documents, cpu)
                  + (failures > 0 ? "  (\(failures) errors)" : ""))
        }
        print(row("all", groups.values.reduce(0) { $0 + $1.count }, totalBytes, totalSeconds, totalDocs, totalCPU))
        print("peak memory: \(peakMemory())")
    }

    private static func row(_ name: String, _ files: Int, _ bytes: Int, _ seconds: Double, _ docs: Int,
                            _ cpu: Double) -> String {
        func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        let mb = Double(bytes) / 1e6
        return name.padding(toLength: 6, withPad: " ", startingAt: 0)
            + pad(String(files), 7) + pad(String(format: "%.1f", mb), 9) + pad(String(format: "%.2f", seconds), 9)
            + pad(String(format: "%.1f", mb / seconds), 9) + pad(String(format: "%.0f", Double(docs) / seconds), 11)
            + pad(String(format: "%.2f", cpu), 8) + pad(String(format: "%.1f", mb / max(cpu, 1e-9)), 10)
    }

    /// CPU time this process has used: on a shared machine, MB per CPU second is the per-core
    /// figure, while wall-clock MB/s depends on the load.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// VmHWM from /proc (Linux), or "unknown".
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "unknown" }
        return line.dropFirst(6).trimmingCharacters(in: .whitespaces)
    }
}

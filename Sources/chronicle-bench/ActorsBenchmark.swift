@_spi(Benchmark) import ChronicleCore
import Foundation

/// `chronicle-bench actors`: resource load time and memory of the actor tables, then mentions
/// per second and MB per second of `ActorResolver` on one core.
///
/// Input: text files or directories (default: `../shared/eval/dev` when present, else the
/// built-in sample), repeated until about `--mb` megabytes (default 20).
enum ActorsBenchmark {
    static func run(_ args: [String]) {
        var targetMB = 20.0
        var paths: [String] = []
        var i = 0
        while i < args.count {
            if args[i] == "--mb", i + 1 < args.count { targetMB = Double(args[i + 1]) ?? targetMB; i += 2; continue }
            paths.append(args[i])
            i += 1
        }
        if paths.isEmpty, FileManager.default.fileExists(atPath: "../shared/eval/dev") { paths = ["../shared/eval/dev"] }

        let rssBefore = residentMB()
        let t0 = DispatchTime.now().uptimeNanoseconds
        let c0 = cpuSeconds()
        let resolver: ActorResolver
        do { resolver = try ActorResolver.shipped() } catch {
            print("chronicle-bench: cannot load the actor tables: \(error)")
            return
        }
        let loadMS = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
        let loadCPU = (cpuSeconds() - c0) * 1000
        let rssAfter = residentMB()
        print(String(format: "actors: tables loaded in %.1f ms wall, %.1f ms CPU; resident memory +%.1f MB (%.1f MB total)",
                     loadMS, loadCPU, rssAfter - rssBefore, rssAfter))
        print("actors: tables \(resolver.tableCounts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))")

        var texts = readTexts(paths)
        if texts.isEmpty { texts = [sample] }
        let unitBytes = texts.reduce(0) { $0 + $1.utf8.count }
        let repeats = max(1, Int((targetMB * 1_000_000) / Double(unitBytes)))
        let date = CalendarDay(iso: "2018-05-09")
        // Warm-up.
        for t in texts { _ = resolver.resolve(text: t, publicationDate: date) }
        var mentions = 0
        let cpuStart = cpuSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<repeats {
            for t in texts { mentions += resolver.resolve(text: t, publicationDate: date).count }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = cpuSeconds() - cpuStart
        let mb = Double(unitBytes * repeats) / 1_000_000
        print(String(format: "actors: %.1f MB in %.2f s wall, %.2f s CPU: %.1f MB/s per CPU second (%.1f wall), %.0f mentions/s (%d mentions, %d documents x %d)",
                     mb, seconds, cpu, mb / cpu, mb / seconds, Double(mentions) / cpu, mentions, texts.count, repeats))
        for (phase, name) in ["tokenize", "tokenize+classify", "tokenize+classify+segment"].enumerated() {
            let t = cpuSeconds()
            var n = 0
            for _ in 0..<repeats { for text in texts { n += resolver.benchmarkPhase(phase, text: text) } }
            let s = cpuSeconds() - t
            print(String(format: "actors: phase %@: %.1f MB/s (%d units)", name, mb / s, n))
        }
    }

    static func readTexts(_ paths: [String]) -> [String] {
        var texts: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                let files = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".txt") }.sorted()
                for f in files {
                    if let d = fm.contents(atPath: (path as NSString).appendingPathComponent(f)) {
                        texts.append(String(decoding: d, as: UTF8.self))
                    }
                }
            } else if let d = fm.contents(atPath: path) {
                texts.append(String(decoding: d, as: UTF8.self))
            }
        }
        return texts
    }

    /// CPU time of this process (user + system), in seconds: the machine is shared, so wall
    /// time overstates the cost.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Resident set size in MB (Linux `/proc/self/statm`; 0 elsewhere).
    static func residentMB() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = s.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * 4096 / 1_048_576
    }

    static let sample = """
        SEOUL, May 9 (Yonhap) -- South Korean Foreign Minister Kang Kyung-wha met her Japanese counterpart \
        Taro Kono in Tokyo on Wednesday, the foreign ministry said. The Japanese prime minister later \
        received her. Pyongyang warned Seoul and Washington against the drills, according to KCNA. \
        Suh Hoon, the Director of the South Korean National Intelligence Service, flew to Beijing.
        """
}
